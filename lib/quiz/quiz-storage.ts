/**
 * Where a student's work is saved: localStorage, read and written safely,
 * with what the student is told when it cannot be, and the library page's
 * read of it.
 */
import * as v from 'valibot';
import type { PersistStorage } from 'zustand/middleware';

import { countAnswered } from './answering';
import { fromSaved, quizStorageKey, readSaved, type SavedSet } from './saved-quiz';

/** What the student is told, once, about their saved work. */
export type StorageNotice = { kind: 'unavailable' } | { kind: 'full' } | { kind: 'unreadable'; count: number } | { kind: 'outdated'; count: number };

/** The notice as the student reads it; inside a launch, storage is most often refused to the platform's frame. */
export function noticeText(notice: StorageNotice, launched = false): string {
  const answers = (n: number) => (n === 1 ? '1 saved answer' : `${n} saved answers`);
  switch (notice.kind) {
    case 'unavailable':
      if (launched) return 'This browser does not let Close Reader save inside your learning platform’s page, so your answers are kept only while this page is open. To keep them, open it in a new window.';
      return 'This browser is not letting Close Reader save (private browsing, perhaps). You can answer everything, but your answers will be lost when you close this tab.';
    case 'full':
      return 'This browser’s storage is full, so your latest answers are not being saved. You can keep going, but they will be lost when you close this tab.';
    case 'unreadable':
      return `${answers(notice.count)} could not be read and ${notice.count === 1 ? 'was' : 'were'} cleared. Everything else you answered is still here.`;
    case 'outdated':
      return `Your teacher has changed this set since you started: ${answers(notice.count)} to changed questions ${notice.count === 1 ? 'was' : 'were'} cleared. Your other answers are kept.`;
  }
}

const envelopeSchema = v.object({ state: v.unknown(), version: v.optional(v.number()) });

/**
 * The saved envelope, its state still to be read: null when nothing is saved, 'unreadable' when the text is not one,
 * 'unavailable' when storage cannot be read at all.
 */
function unwrap(read: () => string | null): v.InferOutput<typeof envelopeSchema> | null | 'unreadable' | 'unavailable' {
  let text: string | null;
  try {
    text = read();
  } catch {
    return 'unavailable';
  }
  if (text === null) return null;
  try {
    const envelope = v.safeParse(envelopeSchema, JSON.parse(text));
    return envelope.success ? envelope.output : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/**
 * localStorage for the quiz store, made safe: saved text that is not an
 * envelope, and storage that is switched off or full, become a notice,
 * never an error. The state inside is handed on unread: the store's merge
 * reads it, after `migrate` has had it if it is of another version.
 */
export function quizStorage(tell: (notice: StorageNotice) => void): PersistStorage<unknown> {
  return {
    getItem(name) {
      const stored = unwrap(() => window.localStorage.getItem(name));
      if (stored === 'unavailable') tell({ kind: 'unavailable' });
      if (stored === 'unreadable') tell({ kind: 'unreadable', count: 1 });
      return typeof stored === 'string' ? null : stored;
    },
    setItem(name, value) {
      try {
        window.localStorage.setItem(name, JSON.stringify(value));
      } catch (error) {
        tell(error instanceof DOMException && /quota/i.test(error.name) ? { kind: 'full' } : { kind: 'unavailable' });
      }
    },
    removeItem(name) {
      try {
        window.localStorage.removeItem(name);
      } catch {
        // Nothing saved, nothing to remove.
      }
    },
  };
}

export interface SavedProgress {
  answered: number;
  lastScore: { score: number; maxScore: number } | null;
}

/**
 * A student's progress on a set, for the library page: the questions that
 * still exist unchanged with every part answered, and the last score. What
 * cannot be read counts as no progress rather than an error.
 */
export function readSavedProgress(storage: Pick<Storage, 'getItem'>, set: SavedSet): SavedProgress | null {
  const stored = unwrap(() => storage.getItem(quizStorageKey(set.id)));
  if (stored === null || typeof stored === 'string') return null;
  const { saved } = readSaved(stored.state, set);
  const last = saved.submission.lastScore;
  return { answered: countAnswered(fromSaved(saved), set.questions), lastScore: last && { score: last.score, maxScore: last.maxScore } };
}
