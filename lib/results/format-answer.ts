import * as v from 'valibot';

import type { PublicQuestion, PublicQuestionOf } from '@/lib/content';
import { answerSchemas, type AnswerOf, type ClaimVerdict, type QuestionKind } from '@/lib/answers';
import { sentenceLabel } from '@/lib/text';

export const claimLabels: Record<ClaimVerdict, string> = {
  true: 'True',
  false: 'False',
  'not-stated': 'Not stated in the article',
};

/** One entry per kind: a new kind of question does not compile until it says how its answers read. */
const formatters: { [K in QuestionKind]: (question: PublicQuestionOf<K>, answer: AnswerOf<K>) => string[] } = {
  'single-choice': (_question, answer) => [answer],
  'multiple-select': (_question, answer) => answer,
  claim: (_question, answer) => [claimLabels[answer]],
  'who-said': (_question, answer) => [answer],
  'match-speakers': (question, answer) => question.quotes.map((quote, i) => `“${quote}” — ${answer[String(i)] ?? 'no speaker chosen'}`),
  matching: (question, answer) => question.items.map((item, i) => `${item} → ${answer[String(i)] ?? 'no match chosen'}`),
  date: (_question, answer) => [answer],
  numeric: (_question, answer) => [answer],
  order: (_question, answer) => answer.map((item, i) => `${i + 1}. ${item}`),
  'short-text': (_question, answer) => [answer],
  'cite-evidence': (_question, answer) => answer.map((id) => sentenceLabel(id).replace(/^./, (first) => first.toUpperCase())),
};

function formatAs<K extends QuestionKind>(kind: K, question: PublicQuestionOf<K>, answer: unknown): string[] | null {
  const parsed = v.safeParse(answerSchemas[kind], answer);
  return parsed.success ? formatters[kind](question, parsed.output) : null;
}

/**
 * An answer as lines a student can read: one line, or one per item, match or
 * step. The answer is checked against its question's kind first; one that
 * does not fit shows as the text it is, or as nothing.
 */
export function formatAnswer(question: PublicQuestion, answer: unknown): string[] {
  return formatAs(question.kind, question, answer) ?? (typeof answer === 'string' ? [answer] : []);
}
