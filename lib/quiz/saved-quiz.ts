/**
 * What is saved of a student's work on a set, and how two saved copies are
 * reconciled. Each question is saved with the time it last changed and a
 * hash of the question it was answered against, so that:
 * - an edited set keeps the answers to unchanged questions and drops the rest;
 * - two tabs merge question by question, the newer change winning, so one
 *   tab's write never wipes the other's newer answers;
 * - anything unreadable is dropped piece by piece, keeping what can be kept.
 */
import type { Answer, Citation, QuestionResult } from '@/lib/answers';

import type { LastScore } from './quiz-data';

export interface SavedQuestion {
  /** The hash of the question this answer belongs to. */
  hash: string;
  /** When this question last changed (ms since 1970); an entry without answer records a clearing. */
  at: number;
  answer?: Answer;
  /** Part B of a paired question: the sentences selected. */
  citation?: Citation;
  result?: QuestionResult;
}

export interface SavedSubmission {
  submitted: boolean;
  lastScore: LastScore | null;
  at: number;
}

export interface SavedQuiz {
  questions: Record<string, SavedQuestion>;
  submission: SavedSubmission;
}

export const emptySaved = (): SavedQuiz => ({ questions: {}, submission: { submitted: false, lastScore: null, at: 0 } });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringRecord = (value: unknown): value is Record<string, string> => isRecord(value) && Object.values(value).every((v) => typeof v === 'string');

function isAnswer(value: unknown): value is Answer {
  if (typeof value === 'string') return value.length <= 1000;
  if (Array.isArray(value)) return value.length <= 100 && value.every((v) => typeof v === 'string');
  return isStringRecord(value);
}

const isCitation = (value: unknown): value is Citation => Array.isArray(value) && value.length <= 100 && value.every((v) => typeof v === 'string' && v.length <= 20);

function isPart(value: unknown): boolean {
  return isRecord(value) && typeof value.correct === 'boolean' && typeof value.points === 'number' && typeof value.maxPoints === 'number';
}

const isParts = (value: unknown) => value === undefined || (isRecord(value) && isPart(value.a) && isPart(value.b) && isRecord(value.b) && isCitation(value.b.correctAnswer));

function isResult(value: unknown, id: string): value is QuestionResult {
  return (
    isRecord(value) &&
    value.id === id &&
    typeof value.correct === 'boolean' &&
    typeof value.points === 'number' &&
    typeof value.maxPoints === 'number' &&
    isAnswer(value.correctAnswer) &&
    typeof value.explanation === 'string' &&
    Array.isArray(value.evidence) &&
    value.evidence.every((e) => isRecord(e) && typeof e.quote === 'string' && (typeof e.paragraph === 'number' || e.paragraph === null)) &&
    isParts(value.parts)
  );
}

function isLastScore(value: unknown): value is LastScore {
  return isRecord(value) && typeof value.score === 'number' && typeof value.maxScore === 'number' && typeof value.at === 'string';
}

export interface Sanitized {
  saved: SavedQuiz;
  /** Saved answers that could not be read. */
  unreadable: number;
  /** Saved answers to questions that changed or are gone. */
  outdated: number;
}

/**
 * Keeps what can be kept of anything found in storage: answers to questions
 * that still exist unchanged, in a shape the app understands.
 */
export function sanitizeSaved(raw: unknown, hashes: Readonly<Record<string, string>>): Sanitized {
  const saved = emptySaved();
  let unreadable = 0;
  let outdated = 0;
  if (!isRecord(raw)) return { saved, unreadable: raw === null || raw === undefined ? 0 : 1, outdated };
  const questions = isRecord(raw.questions) ? raw.questions : {};
  if (raw.questions !== undefined && !isRecord(raw.questions)) unreadable++;
  for (const [id, entry] of Object.entries(questions)) {
    if (!isRecord(entry) || typeof entry.at !== 'number' || typeof entry.hash !== 'string') {
      unreadable++;
      continue;
    }
    if (!Object.hasOwn(hashes, id) || hashes[id] !== entry.hash) {
      if (entry.answer !== undefined) outdated++;
      continue;
    }
    const answerOk = entry.answer === undefined || isAnswer(entry.answer);
    const citationOk = entry.citation === undefined || isCitation(entry.citation);
    const resultOk = entry.result === undefined || isResult(entry.result, id);
    if (!answerOk || !citationOk || !resultOk) unreadable++;
    saved.questions[id] = {
      hash: entry.hash,
      at: entry.at,
      ...(answerOk && entry.answer !== undefined ? { answer: entry.answer as Answer } : {}),
      ...(citationOk && entry.citation !== undefined ? { citation: entry.citation as Citation } : {}),
      ...(answerOk && citationOk && resultOk && entry.result !== undefined ? { result: entry.result as QuestionResult } : {}),
    };
  }
  const submission = raw.submission;
  if (isRecord(submission) && typeof submission.submitted === 'boolean' && typeof submission.at === 'number') {
    saved.submission = { submitted: submission.submitted, lastScore: isLastScore(submission.lastScore) ? submission.lastScore : null, at: submission.at };
  } else if (submission !== undefined) {
    unreadable++;
  }
  return { saved: canonical(saved), unreadable, outdated };
}

/** The same content always serialises the same way, so tabs never ping-pong equal states. */
function canonical(saved: SavedQuiz): SavedQuiz {
  const questions = Object.fromEntries(Object.keys(saved.questions).sort().map((id) => [id, saved.questions[id] as SavedQuestion]));
  return { questions, submission: saved.submission };
}

/** Merges two saved copies question by question: the newer change wins, and so does the newer submission. */
export function mergeSaved(a: SavedQuiz, b: SavedQuiz): SavedQuiz {
  const questions: Record<string, SavedQuestion> = { ...a.questions };
  for (const [id, entry] of Object.entries(b.questions)) {
    const mine = questions[id];
    if (!mine || entry.at > mine.at) questions[id] = entry;
  }
  const submission = b.submission.at > a.submission.at ? b.submission : a.submission;
  return canonical({ questions, submission });
}
