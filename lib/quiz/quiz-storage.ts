import type { PersistStorage, StorageValue } from 'zustand/middleware';

import { emptySaved, mergeSaved, sanitizeSaved, type SavedQuiz } from './saved-quiz';
import type { StorageNotice } from './storage-notice';
import { STORAGE_VERSION } from './storage-key';

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
 */
export function createQuizStorage(hashes: Readonly<Record<string, string>>, notify: (notice: StorageNotice) => void): PersistStorage<SavedQuiz> {
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

  return {
    getItem(name): StorageValue<SavedQuiz> | null {
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
      return { state: found.saved, version: STORAGE_VERSION };
    },
    setItem(name, value) {
      const storage = storageOrNull();
      try {
        if (!storage) throw new Error('no storage');
        const theirs = read(storage, name)?.saved ?? emptySaved();
        storage.setItem(name, JSON.stringify({ state: mergeSaved(theirs, value.state), version: STORAGE_VERSION }));
      } catch (error) {
        notify(isQuotaError(error) ? { kind: 'full' } : { kind: 'unavailable' });
      }
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
