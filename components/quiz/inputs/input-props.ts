import { type PublicQuestionOf, type QuestionKind } from '@/lib/content';
import type { AnswerOf } from '@/lib/answers';

export interface InputProps<K extends QuestionKind> {
  question: PublicQuestionOf<K>;
  answer: AnswerOf<K> | undefined;
  onChange(answer: AnswerOf<K> | null): void;
  /** Once checked, an answer is shown but cannot change. */
  disabled: boolean;
}
