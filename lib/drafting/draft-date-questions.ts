import { blankSentence } from './blank-sentence';
import { dateAnswerVariants, monthName } from './date-answer-variants';
import type { DateDraft, Drafted } from './drafted-question';
import { findDateExpressions, type DateExpression, type DateKind } from './find-date-expressions';
import { toSingleQuotes } from './quote-style';
import type { TextSpan } from './text-span';

const ASK: Record<DateKind, string> = {
  point: 'According to the article, when did this happen?',
  duration: 'According to the article, how long did this last?',
  ordinal: 'According to the article, fill in the blank:',
};

function noteFor(expression: DateExpression): string | undefined {
  const { resolved, text } = expression;
  if (!resolved) return undefined;
  const meaning = resolved.month === undefined ? String(resolved.year) : `${monthName(resolved.month)} ${resolved.year}`;
  return `“${text}” read as ${meaning} from the publication date; the accepted answers include it`;
}

/**
 * One date question per distinct expression in each sentence: the sentence
 * with a blank where the expression was, the expression as the answer
 * (without its preposition) and its other forms as accepted answers.
 */
export function draftDateQuestions(
  paragraphs: readonly { text: string }[],
  sentences: readonly TextSpan[][],
  quotes: readonly TextSpan[][],
  reference: Date,
): Drafted<DateDraft>[] {
  const drafted: Drafted<DateDraft>[] = [];
  paragraphs.forEach(({ text }, p) => {
    for (const span of sentences[p] ?? []) {
      const sentence = text.slice(span.start, span.end);
      const inSentence = (quotes[p] ?? []).filter((q) => q.start >= span.start && q.end <= span.end).map((q) => ({ start: q.start - span.start, end: q.end - span.start }));
      const asked = new Set<string>();
      for (const expression of findDateExpressions(sentence, reference)) {
        const key = expression.text.toLowerCase();
        if (asked.has(key)) continue;
        asked.add(key);
        const accept = dateAnswerVariants(expression);
        const question: Omit<DateDraft, 'id'> = {
          kind: 'date',
          prompt: `${ASK[expression.kind]} “${blankSentence(sentence, expression, inSentence)}”`,
          answer: expression.text,
          ...(accept.length > 0 ? { accept } : {}),
          ...(expression.calendar ? { date: expression.calendar } : {}),
          explanation: `The article says: “${toSingleQuotes(sentence)}”`,
          evidence: [sentence],
        };
        const note = noteFor(expression);
        drafted.push({ question, paragraph: p + 1, ...(note ? { note } : {}) });
      }
    }
  });
  return drafted;
}
