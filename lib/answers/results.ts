/**
 * What the scoring API says about answers: one schema per shape, giving its
 * type and letting the browser check what the server sent or what was saved.
 * Keys are listed in the order the server writes them, so a parsed result
 * serialises as the server's did.
 */
import { z } from 'zod/mini';

import { anyAnswerSchema, citedSentencesSchema, type Answer, type Citation } from './answer-schemas';

const evidenceRefSchema = z.object({
  quote: z.string(),
  /** The paragraph of the article that holds the quote. */
  paragraph: z.nullable(z.number()),
});

/** How one part of a question (or a whole question) scored; `correct` means full points. */
const partScoreSchema = z.object({ correct: z.boolean(), points: z.number(), maxPoints: z.number() });

/** How a question scored, with its right answer, why, and where the article says so. */
export const questionResultSchema = z.object({
  id: z.string(),
  correctAnswer: anyAnswerSchema,
  correct: z.boolean(),
  points: z.number(),
  maxPoints: z.number(),
  /**
   * A paired question's parts, each scored on its own: Part A (the question's
   * own answer) and Part B (the sentences that show it, by id). `correct`,
   * `points` and `maxPoints` above are the two together.
   */
  parts: z.optional(z.object({ a: partScoreSchema, b: z.extend(partScoreSchema, { correctAnswer: citedSentencesSchema }) })),
  explanation: z.string(),
  evidence: z.array(evidenceRefSchema),
});

export const scoreResponseSchema = z.object({ score: z.number(), maxScore: z.number(), results: z.array(questionResultSchema) });

export type EvidenceRef = z.infer<typeof evidenceRefSchema>;
export type PartScore = z.infer<typeof partScoreSchema>;
export type QuestionResult = z.infer<typeof questionResultSchema>;
/** A question's score before its explanation and evidence are added. */
export type QuestionScore = Omit<QuestionResult, 'explanation' | 'evidence'>;
export type ScoreResponse = z.infer<typeof scoreResponseSchema>;

export type StudentAnswers = Record<string, Answer | null>;
/** Part B of paired questions: the sentences selected, by question id. */
export type StudentCitations = Record<string, Citation | null>;
