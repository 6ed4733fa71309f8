'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

import { LAYOUT_MS_PER_IDLE_PERIOD } from '@/lib/quiz';

const SKIPPED = 'skip-offscreen';

/** requestIdleCallback, or a short timeout where the browser has none (Safari). */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 50);
  return () => window.clearTimeout(handle);
}

/**
 * Wraps the question list. With `enabled`, lays out the cards the server
 * marked to skip while off screen (see lib/quiz/skip-layout.ts) once the page
 * is up, one at a time, a few milliseconds' worth per idle period;
 * `data-lay-out-when-idle` says whether that is still pending or done.
 */
export function LayOutWhenIdle({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState(false);

  useEffect(() => {
    const root = ref.current;
    if (!enabled || !root) return;
    let cancel = () => {};
    // Live: a card leaves it when its class is removed.
    const skipped = root.getElementsByClassName(SKIPPED);
    const step = () => {
      const started = performance.now();
      for (let card = skipped[0]; card; card = skipped[0]) {
        card.classList.remove(SKIPPED);
        // Lay the card out now, inside this idle period, rather than in the next frame, so its cost is known.
        card.getBoundingClientRect();
        if (performance.now() - started >= LAYOUT_MS_PER_IDLE_PERIOD) break;
      }
      if (skipped.length === 0) setDone(true);
      else cancel = whenIdle(step);
    };
    cancel = whenIdle(step);
    return () => cancel();
  }, [enabled]);

  return (
    <div ref={ref} data-lay-out-when-idle={enabled ? (done ? 'done' : 'pending') : undefined}>
      {children}
    </div>
  );
}
