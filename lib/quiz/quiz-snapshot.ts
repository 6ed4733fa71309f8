import type { QuizData } from './quiz-data';
import type { SavedQuestion, SavedQuiz } from './saved-quiz';

/** When each question and the submission last changed, for merging with other tabs. */
export interface Stamps {
  stamps: Record<string, number>;
  submissionAt: number;
}

/** A student's work on a set as the store holds it: what is saved, in the store's shape. */
export type QuizProgress = QuizData & Stamps;

/** The saved part of the store's state, picked without copying: cheap enough to run on every change. */
export function progressOf(state: QuizProgress): QuizProgress {
  const { answers, citations, results, submitted, lastScore, stamps, submissionAt } = state;
  return { answers, citations, results, submitted, lastScore, stamps, submissionAt };
}

/** The store's answers and results as they are saved: one entry per question that was ever touched. */
export function toSaved(state: QuizProgress, hashes: Readonly<Record<string, string>>): SavedQuiz {
  const ids = new Set([...Object.keys(state.stamps), ...Object.keys(state.answers), ...Object.keys(state.citations), ...Object.keys(state.results)]);
  const questions: Record<string, SavedQuestion> = {};
  for (const id of [...ids].sort()) {
    const hash = hashes[id];
    if (hash === undefined) continue;
    const answer = state.answers[id];
    const citation = state.citations[id];
    const result = state.results[id];
    questions[id] = { hash, at: state.stamps[id] ?? 0, ...(answer !== undefined ? { answer } : {}), ...(citation !== undefined ? { citation } : {}), ...(result ? { result } : {}) };
  }
  return { questions, submission: { submitted: state.submitted, lastScore: state.lastScore, at: state.submissionAt } };
}

/** Saved entries back into the store's shape. */
export function fromSaved(saved: SavedQuiz): QuizProgress {
  const entries = Object.entries(saved.questions);
  return {
    answers: Object.fromEntries(entries.flatMap(([id, q]) => (q.answer !== undefined ? [[id, q.answer]] : []))),
    citations: Object.fromEntries(entries.flatMap(([id, q]) => (q.citation !== undefined ? [[id, q.citation]] : []))),
    results: Object.fromEntries(entries.flatMap(([id, q]) => (q.result ? [[id, q.result]] : []))),
    stamps: Object.fromEntries(entries.map(([id, q]) => [id, q.at])),
    submitted: saved.submission.submitted,
    lastScore: saved.submission.lastScore,
    submissionAt: saved.submission.at,
  };
}
