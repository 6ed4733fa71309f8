/**
 * What the scoring API says about answers: one schema per shape, giving its
 * type and letting the browser check what the server sent or what was saved.
 * Keys are listed in the order the server writes them, so a parsed result
 * serialises as the server's did.
 */
import * as v from 'valibot';

import { anyAnswerSchema, citedSentencesSchema, type Answer, type Citation } from './answer-schemas';

const evidenceRefSchema = v.object({
  quote: v.string(),
  /** The paragraph of the article that holds the quote. */
  paragraph: v.nullable(v.number()),
});

/** How one part of a question (or a whole question) scored; `correct` means full points. */
const partScoreEntries = { correct: v.boolean(), points: v.number(), maxPoints: v.number() };
const partScoreSchema = v.object(partScoreEntries);

/** How a question scored, with its right answer, why, and where the article says so. */
export const questionResultSchema = v.object({
  id: v.string(),
  correctAnswer: anyAnswerSchema,
  correct: v.boolean(),
  points: v.number(),
  maxPoints: v.number(),
  /**
   * A paired question's parts, each scored on its own: Part A (the question's
   * own answer) and Part B (the sentences that show it, by id). `correct`,
   * `points` and `maxPoints` above are the two together.
   */
  parts: v.optional(v.object({ a: partScoreSchema, b: v.object({ ...partScoreEntries, correctAnswer: citedSentencesSchema }) })),
  explanation: v.string(),
  evidence: v.array(evidenceRefSchema),
});

/**
 * Where a score submitted inside a learning platform's launch went: posted to
 * the gradebook of `to` (the course, else the platform); not posted, the
 * graded attempts being used up; or not posted, the link having no gradebook
 * column, for the reason given.
 */
export const gradeSchema = v.variant('status', [
  v.object({ status: v.picklist(['sent', 'practice']), attempt: v.number(), attempts: v.number(), to: v.string() }),
  v.object({ status: v.literal('ungraded'), to: v.string(), reason: v.string() }),
]);

/**
 * What the server says of a whole set it scored, for the hand-in: when, to
 * the second, and the hand-in's verification code, or why it has none.
 */
export const handInStampSchema = v.union([
  v.object({ at: v.string(), code: v.pipe(v.string(), v.maxLength(40)) }),
  v.object({ at: v.string(), unverified: v.pipe(v.string(), v.maxLength(500)) }),
]);

/**
 * The score of a submission, and each question's result. Inside a launch it
 * also says where the score went (`grade`); an assessment with graded
 * attempts left keeps its key hidden: `results` is empty and `withheld` true.
 */
export const scoreResponseSchema = v.object({
  score: v.number(),
  maxScore: v.number(),
  results: v.array(questionResultSchema),
  grade: v.optional(gradeSchema),
  withheld: v.optional(v.boolean()),
  /** Given when the submission names every question of the set. */
  handIn: v.optional(handInStampSchema),
});

export type EvidenceRef = v.InferOutput<typeof evidenceRefSchema>;
export type PartScore = v.InferOutput<typeof partScoreSchema>;
export type QuestionResult = v.InferOutput<typeof questionResultSchema>;
/** A question's score before its explanation and evidence are added. */
export type QuestionScore = Omit<QuestionResult, 'explanation' | 'evidence'>;
export type ScoreResponse = v.InferOutput<typeof scoreResponseSchema>;
export type Grade = v.InferOutput<typeof gradeSchema>;
export type HandInStamp = v.InferOutput<typeof handInStampSchema>;

export type StudentAnswers = Record<string, Answer | null>;
/** Part B of paired questions: the sentences selected, by question id. */
export type StudentCitations = Record<string, Citation | null>;
