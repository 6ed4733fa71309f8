import { isAnswered } from './quiz-data';
import { quizStorageKey } from './storage-key';

export interface SavedProgress {
  answered: number;
  lastScore: { score: number; maxScore: number } | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads what a student has saved for a set, for the library page. Anything
 * unreadable counts as no progress rather than an error.
 */
export function readSavedProgress(storage: Pick<Storage, 'getItem'>, setId: string, hash: string): SavedProgress | null {
  let saved: unknown;
  try {
    const raw = storage.getItem(quizStorageKey(setId, hash));
    if (raw === null) return null;
    saved = JSON.parse(raw);
  } catch {
    return null;
  }
  const state = isRecord(saved) && isRecord(saved.state) ? saved.state : null;
  if (!state) return null;
  const answers = isRecord(state.answers) ? Object.values(state.answers) : [];
  const last = isRecord(state.lastScore) ? state.lastScore : null;
  const lastScore = last && typeof last.score === 'number' && typeof last.maxScore === 'number' ? { score: last.score, maxScore: last.maxScore } : null;
  return { answered: answers.filter((a) => isAnswered(a as never)).length, lastScore };
}
