import type { Answer, Citation } from './answer-schemas';

export interface EvidenceRef {
  quote: string;
  /** The paragraph of the article that holds the quote. */
  paragraph: number | null;
}

/** How one part of a question (or a whole question) scored. */
export interface PartScore {
  /** Full points only. */
  correct: boolean;
  points: number;
  maxPoints: number;
}

/** How a question scored, with its right answer. */
export interface QuestionScore extends PartScore {
  id: string;
  correctAnswer: Answer;
  /**
   * A paired question's parts, each scored on its own: Part A (the question's
   * own answer) and Part B (the sentences that show it, by id). `correct`,
   * `points` and `maxPoints` above are the two together.
   */
  parts?: { a: PartScore; b: PartScore & { correctAnswer: string[] } };
}

/** What the scoring API says about one question. */
export interface QuestionResult extends QuestionScore {
  explanation: string;
  evidence: EvidenceRef[];
}

export interface ScoreResponse {
  score: number;
  maxScore: number;
  results: QuestionResult[];
}

export type StudentAnswers = Record<string, Answer | null>;
/** Part B of paired questions: the sentences selected, by question id. */
export type StudentCitations = Record<string, Citation | null>;
