/**
 * What is saved of a student's work on a set, and how it is read back. Each
 * question is saved with the time it last changed and a hash of the question
 * it was answered against, so that:
 * - an edited set keeps the answers to unchanged questions and drops the rest;
 * - two tabs merge question by question, the newer change winning;
 * - the seed of the student's own order of lists (see arrangement.ts) is
 *   kept, so the lists stay in the same order after a reload;
 * - anything unreadable is dropped piece by piece, keeping what can be kept:
 *   each answer is read with the schema of its question's kind, Part B with
 *   the citation schema, a result with the result schema.
 */
import * as v from 'valibot';

import { answerSchemas, citedSentencesSchema, gradeSchema, questionResultSchema, type Answer, type Citation, type Grade, type QuestionKind, type QuestionResult } from '@/lib/answers';

import type { Answerable } from './answering';

/**
 * Where a student's work on a set is saved in localStorage. The "v2" is part
 * of the name, kept so that work saved under it is still found; the saved
 * shape's version is SAVED_VERSION, stored beside it.
 */
export const quizStorageKey = (setId: string, student?: string) => `close-reader:v2:${setId}${student ? `:launch:${student}` : ''}`;
export const SAVED_VERSION = 2;

const lastScoreSchema = v.object({
  score: v.number(),
  maxScore: v.number(),
  /** When it was scored, ISO 8601: the server's time when it stamped the hand-in. */
  at: v.string(),
  /**
   * The hand-in's verification code as the server issued it, or why it has
   * none. Saved work can be edited, so a code read back from it is shown
   * only once the server confirms it (components/quiz/hand-in.tsx).
   */
  code: v.optional(v.pipe(v.string(), v.maxLength(40))),
  unverified: v.optional(v.pipe(v.string(), v.maxLength(500))),
});
export type LastScore = v.InferOutput<typeof lastScoreSchema>;

/**
 * A saved submission; a last score that cannot be read is forgotten, the rest
 * kept. Inside a launch, also where the score went and whether the right
 * answers were withheld (absent from work saved before launches).
 */
const submissionSchema = v.object({
  submitted: v.boolean(),
  lastScore: v.fallback(v.nullable(lastScoreSchema), null),
  at: v.number(),
  grade: v.optional(v.fallback(v.nullable(gradeSchema), null)),
  withheld: v.optional(v.fallback(v.boolean(), false)),
});

const part = v.optional(v.unknown());
/** A saved question before its parts are read: the hash of the question it belongs to, and when it last changed. */
const entrySchema = v.object({ hash: v.string(), at: v.number(), answer: part, citation: part, result: part });

export interface SavedQuestion {
  hash: string;
  /** When this question last changed (ms since 1970); an entry without answer records a clearing. */
  at: number;
  answer?: Answer;
  citation?: Citation;
  result?: QuestionResult;
}

export interface SavedQuiz {
  questions: Record<string, SavedQuestion>;
  submission: v.InferOutput<typeof submissionSchema>;
  /** The seed of this student's order of lists; absent from work saved before there was one. */
  seed?: string;
}

const seedSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{16,64}$/));

export const emptySaved = (): SavedQuiz => ({ questions: {}, submission: { submitted: false, lastScore: null, at: 0 } });

/** What reading saved work needs to know of a set: its id, each question's id and kind (and Part B, if any), and their hashes. */
export interface SavedSet {
  id: string;
  questionHashes: Readonly<Record<string, string>>;
  questions: readonly (Answerable & { kind: QuestionKind })[];
}

export interface ReadSaved {
  saved: SavedQuiz;
  /** Saved answers that could not be read. */
  unreadable: number;
  /** Saved answers to questions that changed or are gone. */
  outdated: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A saved part read with its schema: absent, read, or unreadable. */
function readPart<T>(schema: v.GenericSchema<unknown, T>, value: unknown): { value?: T; unreadable?: true } {
  if (value === undefined) return {};
  const parsed = v.safeParse(schema, value);
  return parsed.success ? { value: parsed.output } : { unreadable: true };
}

/**
 * Keeps what can be kept of anything found in storage for a set: the
 * answers to questions that still exist unchanged, each part read with its
 * schema, and counts what it had to drop.
 */
export function readSaved(raw: unknown, set: Pick<SavedSet, 'questionHashes' | 'questions'>): ReadSaved {
  const saved = emptySaved();
  let unreadable = 0;
  let outdated = 0;
  if (!isRecord(raw)) return { saved, unreadable: raw === null || raw === undefined ? 0 : 1, outdated };
  if (raw.questions !== undefined && !isRecord(raw.questions)) unreadable++;
  const questions = isRecord(raw.questions) ? raw.questions : {};
  const kinds = new Map(set.questions.map((q) => [q.id, q.kind]));
  for (const [id, value] of Object.entries(questions)) {
    const entry = v.safeParse(entrySchema, value);
    if (!entry.success) {
      unreadable++;
      continue;
    }
    const { hash, at } = entry.output;
    const kind = kinds.get(id);
    if (kind === undefined || set.questionHashes[id] !== hash) {
      if (entry.output.answer !== undefined) outdated++;
      continue;
    }
    const answer = readPart<Answer>(answerSchemas[kind], entry.output.answer);
    const citation = readPart(citedSentencesSchema, entry.output.citation);
    const result = readPart(questionResultSchema, entry.output.result);
    const whole = !answer.unreadable && !citation.unreadable && !result.unreadable && (result.value === undefined || result.value.id === id);
    if (!whole) unreadable++;
    saved.questions[id] = {
      hash,
      at,
      ...(answer.value !== undefined && { answer: answer.value }),
      ...(citation.value !== undefined && { citation: citation.value }),
      // A result is kept only beside the answers it scored.
      ...(whole && result.value !== undefined && { result: result.value }),
    };
  }
  // A seed that cannot be read is no answer lost: a new one is made, and the lists change order once.
  const seed = v.safeParse(seedSchema, raw.seed);
  if (seed.success) saved.seed = seed.output;
  if (raw.submission !== undefined) {
    const submission = v.safeParse(submissionSchema, raw.submission);
    if (submission.success) saved.submission = submission.output;
    else unreadable++;
  }
  return { saved, unreadable, outdated };
}

/**
 * Merges this tab's work with what is saved, question by question: the newer
 * change wins, and so does the newer submission. On a tie the saved copy
 * wins, so that tabs settle on the same content; the saved seed wins always,
 * so a second tab shows the lists in the first one's order.
 */
export function mergeSaved(mine: SavedQuiz, saved: SavedQuiz): SavedQuiz {
  const questions = { ...mine.questions };
  for (const [id, entry] of Object.entries(saved.questions)) {
    const own = questions[id];
    if (!own || entry.at >= own.at) questions[id] = entry;
  }
  const seed = saved.seed ?? mine.seed;
  return { questions, submission: saved.submission.at >= mine.submission.at ? saved.submission : mine.submission, ...(seed !== undefined && { seed }) };
}

/** A student's work on a set as the quiz store holds it. */
export interface QuizProgress {
  answers: Record<string, Answer>;
  citations: Record<string, Citation>;
  /** Questions checked or submitted, as the server scored them. */
  results: Record<string, QuestionResult>;
  submitted: boolean;
  lastScore: LastScore | null;
  /** Inside a launch: where the last submission's score went. */
  grade: Grade | null;
  /** The last submission's right answers were kept back (an assessment with graded attempts left). */
  withheld: boolean;
  /** When each question last changed, for merging with other tabs. */
  stamps: Record<string, number>;
  submissionAt: number;
  /** The seed of this student's order of lists; null until saved work has been read (see arrangement.ts). */
  seed: string | null;
}

/**
 * The store's work as it is saved: one entry per question ever touched, in
 * the order of their ids, so that the same work always serialises the same
 * way and tabs never echo equal states back and forth.
 */
export function toSaved(progress: QuizProgress, hashes: Readonly<Record<string, string>>): SavedQuiz {
  const { answers, citations, results, stamps } = progress;
  const ids = new Set([...Object.keys(stamps), ...Object.keys(answers), ...Object.keys(citations), ...Object.keys(results)]);
  const questions: Record<string, SavedQuestion> = {};
  for (const id of [...ids].sort()) {
    const hash = hashes[id];
    if (hash === undefined) continue;
    questions[id] = {
      hash,
      at: stamps[id] ?? 0,
      ...(answers[id] !== undefined && { answer: answers[id] }),
      ...(citations[id] !== undefined && { citation: citations[id] }),
      ...(results[id] !== undefined && { result: results[id] }),
    };
  }
  const { submitted, lastScore, submissionAt: at, grade, withheld, seed } = progress;
  // Outside a launch, a submission is saved as it always was.
  return { questions, submission: { submitted, lastScore, at, ...(grade && { grade }), ...(withheld && { withheld }) }, ...(seed !== null && { seed }) };
}

/** Saved entries back into the store's shape. */
export function fromSaved({ questions, submission, seed }: SavedQuiz): QuizProgress {
  const { submitted, lastScore, at: submissionAt, grade = null, withheld = false } = submission;
  const progress: QuizProgress = { answers: {}, citations: {}, results: {}, stamps: {}, submitted, lastScore, submissionAt, grade, withheld, seed: seed ?? null };
  for (const [id, { at, answer, citation, result }] of Object.entries(questions)) {
    progress.stamps[id] = at;
    if (answer !== undefined) progress.answers[id] = answer;
    if (citation !== undefined) progress.citations[id] = citation;
    if (result !== undefined) progress.results[id] = result;
  }
  return progress;
}
