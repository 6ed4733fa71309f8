import { isQuestionAnswered, type Answerable } from './quiz-data';
import { fromSaved } from './quiz-snapshot';
import { sanitizeSaved } from './saved-quiz';
import { quizStorageKey } from './storage-key';

export interface SavedProgress {
  answered: number;
  lastScore: { score: number; maxScore: number } | null;
}

/**
 * Reads what a student has saved for a set, for the library page: questions
 * that still exist unchanged with every part answered (`questions`: the set's,
 * saying which have a Part B). Anything unreadable counts as no progress
 * rather than an error.
 */
export function readSavedProgress(
  storage: Pick<Storage, 'getItem'>,
  setId: string,
  hashes: Readonly<Record<string, string>>,
  questions: readonly Answerable[] = Object.keys(hashes).map((id) => ({ id })),
): SavedProgress | null {
  let parsed: unknown;
  try {
    const raw = storage.getItem(quizStorageKey(setId));
    if (raw === null) return null;
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const state = typeof parsed === 'object' && parsed !== null && 'state' in parsed ? (parsed as { state: unknown }).state : null;
  const { saved } = sanitizeSaved(state, hashes);
  const { answers, citations } = fromSaved(saved);
  const answered = questions.filter((q) => isQuestionAnswered(q, answers, citations)).length;
  const last = saved.submission.lastScore;
  return { answered, lastScore: last ? { score: last.score, maxScore: last.maxScore } : null };
}
