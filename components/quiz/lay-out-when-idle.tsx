'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

import { CARDS_PER_IDLE_PERIOD } from '@/lib/quiz/skip-layout';

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
 * marked to skip while off screen (see lib/quiz/skip-layout.ts), a few per
 * idle period, once the page is up; `data-lay-out-when-idle` says whether
 * that is still pending or done.
 */
export function LayOutWhenIdle({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState(false);

  useEffect(() => {
    const root = ref.current;
    if (!enabled || !root) return;
    let cancel = () => {};
    const step = () => {
      const skipped = [...root.getElementsByClassName(SKIPPED)].slice(0, CARDS_PER_IDLE_PERIOD);
      for (const card of skipped) card.classList.remove(SKIPPED);
      if (skipped.length < CARDS_PER_IDLE_PERIOD || !root.getElementsByClassName(SKIPPED).length) setDone(true);
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
