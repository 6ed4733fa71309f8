'use client';

import { useSyncExternalStore } from 'react';

import { hasVoices, onVoicesChanged } from './speech';

/** Whether read aloud can be offered: false on the server and while the browser has no voices. */
export function useHasVoices(): boolean {
  return useSyncExternalStore(onVoicesChanged, hasVoices, () => false);
}
