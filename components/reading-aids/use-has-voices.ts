import { useSyncExternalStore } from 'react';

import { hasVoices, onVoicesChanged } from './speech';

// One listener on the browser's voices for the whole page, however many
// read-aloud buttons ask (a set has one per question).
const listeners = new Set<() => void>();
let known: boolean | null = null;
let stop = () => {};

function changed() {
  known = hasVoices();
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    known = hasVoices();
    stop = onVoicesChanged(changed);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) stop();
  };
}

function getSnapshot(): boolean {
  known ??= hasVoices();
  return known;
}

/** Whether read aloud can be offered: false on the server and while the browser has no voices. */
export function useHasVoices(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}
