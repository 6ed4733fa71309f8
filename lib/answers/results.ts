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

export const scoreResponseSchema = v.object({ score: v.number(), maxScore: v.number(), results: v.array(questionResultSchema) });

export type EvidenceRef = v.InferOutput<typeof evidenceRefSchema>;
export type PartScore = v.InferOutput<typeof partScoreSchema>;
export type QuestionResult = v.InferOutput<typeof questionResultSchema>;
/** A question's score before its explanation and evidence are added. */
export type QuestionScore = Omit<QuestionResult, 'explanation' | 'evidence'>;
export type ScoreResponse = v.InferOutput<typeof scoreResponseSchema>;

export type StudentAnswers = Record<string, Answer | null>;
/** Part B of paired questions: the sentences selected, by question id. */
export type StudentCitations = Record<string, Citation | null>;
