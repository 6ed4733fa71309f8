import type { Answer } from '@/lib/quiz/answer-schema';

export interface EvidenceRef {
  quote: string;
  /** The paragraph of the article that holds the quote. */
  paragraph: number | null;
}

/** What the scoring API says about one question. */
export interface QuestionResult {
  id: string;
  correct: boolean;
  points: number;
  maxPoints: number;
  correctAnswer: Answer;
  explanation: string;
  evidence: EvidenceRef[];
}

export interface ScoreResponse {
  score: number;
  maxScore: number;
  results: QuestionResult[];
}

export type StudentAnswers = Record<string, Answer | null>;
