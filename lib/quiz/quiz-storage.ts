import type { PersistStorage, StorageValue } from 'zustand/middleware';

import { fromSaved, toSaved, type QuizProgress } from './quiz-snapshot';
import { emptySaved, mergeSaved, sanitizeSaved, type SavedQuiz } from './saved-quiz';
import type { StorageNotice } from './storage-notice';
import { STORAGE_VERSION } from './storage-key';

/** How long a save may wait after the change that caused it. */
const SAVE_DELAY_MS = 150;

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/**
 * localStorage for the quiz store, made safe: unreadable data is cleaned up
 * rather than crashing the page, a write first merges with what another tab
 * saved, and a full or forbidden storage only means a notice, never an error.
 * It takes and gives the store's own shape; turning it into the saved shape
 * waits for the write, so a change costs nothing but a reference.
 */
export function createQuizStorage(hashes: Readonly<Record<string, string>>, notify: (notice: StorageNotice) => void): PersistStorage<QuizProgress> {
  const read = (storage: Storage, name: string): { saved: SavedQuiz; unreadable: number; outdated: number } | null => {
    const raw = storage.getItem(name);
    if (raw === null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { saved: emptySaved(), unreadable: 1, outdated: 0 };
    }
    const value = typeof parsed === 'object' && parsed !== null && 'state' in parsed ? (parsed as { state: unknown }).state : parsed;
    return sanitizeSaved(value, hashes);
  };

  let pending: { name: string; state: QuizProgress } | null = null;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!pending) return;
    const { name, state } = pending;
    pending = null;
    const storage = storageOrNull();
    try {
      if (!storage) throw new Error('no storage');
      const theirs = read(storage, name)?.saved ?? emptySaved();
      storage.setItem(name, JSON.stringify({ state: mergeSaved(theirs, toSaved(state, hashes)), version: STORAGE_VERSION }));
    } catch (error) {
      notify(isQuotaError(error) ? { kind: 'full' } : { kind: 'unavailable' });
    }
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  return {
    getItem(name): StorageValue<QuizProgress> | null {
      flush();
      const storage = storageOrNull();
      let found: ReturnType<typeof read>;
      try {
        if (!storage) throw new Error('no storage');
        found = read(storage, name);
      } catch {
        notify({ kind: 'unavailable' });
        return null;
      }
      if (!found) return null;
      if (found.unreadable > 0) notify({ kind: 'unreadable', count: found.unreadable });
      else if (found.outdated > 0) notify({ kind: 'outdated', count: found.outdated });
      return { state: fromSaved(found.saved), version: STORAGE_VERSION };
    },
    setItem(name, value) {
      // Saving reads, merges and writes the whole set: keep it off the click
      // that caused it, so the answer paints first. The latest value is
      // written a moment later, or at once when the page is hidden or closed.
      pending = { name, state: value.state };
      if (scheduled) return;
      scheduled = true;
      setTimeout(flush, SAVE_DELAY_MS);
    },
    removeItem(name) {
      try {
        storageOrNull()?.removeItem(name);
      } catch {
        // Nothing saved, nothing to remove.
      }
    },
  };
}
