import type { QuestionOf, QuestionSetFile } from '@/lib/content';

/** A who-said question as a draft writes it: `points` left to its default. */
export type WhoSaidDraft = Omit<QuestionOf<'who-said'>, 'points'>;
/** A date question as a draft writes it: `points` left to its default, `accept` only when there are other forms. */
export type DateDraft = Omit<QuestionOf<'date'>, 'points' | 'accept'> & { accept?: string[] };
/** A drafted set, as written to its file. */
export type QuestionSetDraft = Omit<QuestionSetFile, 'questions'> & { questions: (WhoSaidDraft | DateDraft)[] };

/** A drafted question before it is numbered and, when it deserves a second look, why. */
export interface Drafted<Q> {
  question: Omit<Q, 'id'>;
  /** Shown to the teacher as a comment above the question. */
  note?: string;
  /** The paragraph (1-based) the question is about, for the summary. */
  paragraph: number;
}
