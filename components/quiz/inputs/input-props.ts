import type { PublicQuestionOf } from '@/lib/content/public-set';
import type { QuestionKind } from '@/lib/content/schema';
import type { AnswerOf } from '@/lib/quiz/answer-schema';

export interface InputProps<K extends QuestionKind> {
  question: PublicQuestionOf<K>;
  answer: AnswerOf<K> | undefined;
  onChange(answer: AnswerOf<K> | null): void;
  /** Once checked, an answer is shown but cannot change. */
  disabled: boolean;
}
