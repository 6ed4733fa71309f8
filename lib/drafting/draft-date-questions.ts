import { WEEKDAY_PATTERN, type TextSpan } from '@/lib/text';

import type { DateDraft, Drafted } from './draft-question-set';
import { type DateExpression, type DateKind, findDateExpressions } from './find-date-expressions';
import { toSingleQuotes } from './quotations';
import { resolvedQuestionParts } from './resolved-date-question';

const ASK: Record<DateKind, string> = {
  point: 'According to the article, when did this happen?',
  duration: 'According to the article, how long did this last?',
  ordinal: 'According to the article, fill in the blank:',
};

/** The items whose key is not that of an earlier one. */
const firstOfEach = <T>(items: readonly T[], key: (item: T) => string) => items.filter((item, i) => items.findIndex((other) => key(other) === key(item)) === i);

/** The calendar day of a reference date, as "YYYY-MM-DD". */
const dayOf = (reference: Date) => [reference.getFullYear(), reference.getMonth() + 1, reference.getDate()].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');

/**
 * One date question per distinct expression in each sentence: the sentence
 * with a blank where the expression was. An expression that writes its date
 * out is the answer as written (without its preposition), its other forms
 * accepted; a relative one ("on Friday", "last month") asks for the day,
 * month or year it means on `reference`, the day of publication.
 */
export function draftDateQuestions(
  paragraphs: readonly { text: string }[],
  sentences: readonly TextSpan[][],
  quotes: readonly TextSpan[][],
  reference: Date,
): Drafted<DateDraft>[] {
  return paragraphs.flatMap(({ text }, p) =>
    (sentences[p] ?? []).flatMap((span) => {
      const sentence = text.slice(span.start, span.end);
      const inSentence = (quotes[p] ?? []).filter((q) => q.start >= span.start && q.end <= span.end).map((q) => ({ start: q.start - span.start, end: q.end - span.start }));
      return firstOfEach(findDateExpressions(sentence, reference), (e) => e.text.toLowerCase()).map((expression) => {
        const { text: written, kind, calendar, resolved } = expression;
        const relative = resolved && resolvedQuestionParts(written, resolved, dayOf(reference));
        const accept = relative?.accept ?? dateAnswerVariants(expression);
        const date = resolved?.calendar ?? calendar;
        const question: Omit<DateDraft, 'id'> = {
          kind: 'date',
          prompt: `${relative?.ask ?? ASK[kind]} “${blankSentence(sentence, expression, inSentence)}”`,
          answer: relative?.answer ?? written,
          ...(accept.length > 0 ? { accept } : {}),
          ...(date ? { date } : {}),
          explanation: `The article says: “${toSingleQuotes(sentence)}”${relative ? ` ${relative.because}` : ''}`,
          evidence: [sentence],
        };
        return { question, paragraph: p + 1, ...(relative ? { note: relative.note } : {}) };
      });
    }),
  );
}

const SHORT_QUOTE_WORDS = 10;

/**
 * Moves a cut out of a quotation, so a clipped prompt never opens or closes
 * one halfway: a short quotation is kept whole, a long one left out.
 */
function outsideQuotes(sentence: string, offset: number, quotes: readonly TextSpan[], blank: TextSpan, side: 'from' | 'to'): number {
  const inside = quotes.find((q) => offset > q.start && offset < q.end && !(blank.start >= q.start && blank.end <= q.end));
  if (!inside) return offset;
  const short = sentence.slice(inside.start, inside.end).split(/\s+/).length <= SHORT_QUOTE_WORDS;
  return (side === 'from') === short ? inside.start : inside.end;
}

/**
 * A sentence with a blank in place of `blank`; a long sentence is cut to
 * about `wordsEachSide` words either side of it (never inside a quotation), with
 * its double quotation marks made single so it can itself be quoted.
 * `quotes` are the sentence's quotations, marks included, as offsets into it.
 */
export function blankSentence(sentence: string, blank: TextSpan, quotes: readonly TextSpan[] = [], wordsEachSide = 16): string {
  const words = [...sentence.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const whole = words.length <= 2 * wordsEachSide + 4;
  const before = words.filter((w) => w.end <= blank.start);
  const after = words.filter((w) => w.start >= blank.end);
  let from = !whole && before.length > wordsEachSide ? (before[before.length - wordsEachSide] as TextSpan).start : 0;
  let to = !whole && after.length > wordsEachSide ? (after[wordsEachSide - 1] as TextSpan).end : sentence.length;
  from = outsideQuotes(sentence, from, quotes, blank, 'from');
  to = outsideQuotes(sentence, to, quotes, blank, 'to');
  while (from < blank.start && /[\s,;:]/.test(sentence[from] ?? '')) from++;
  while (to > blank.end && /[\s,;:]/.test(sentence[to - 1] ?? '')) to--;
  const head = from > 0 ? '…' : '';
  const tail = to < sentence.length ? '…' : '';
  return toSingleQuotes(`${head}${sentence.slice(from, blank.start)}____${sentence.slice(blank.end, to)}${tail}`);
}

const WEEKDAY = new RegExp(`\\b(${WEEKDAY_PATTERN})\\b`);
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_DIGITS = ['0th', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th'];
const QUALIFIER = /^(?:earlier|later|early|late|mid)[\s-]+/i;

/** "three" ⇄ "3", for the numbers people write both ways. */
function otherNumberForm(n: string): string | undefined {
  const asWord = NUMBER_WORDS.indexOf(n.toLowerCase());
  return asWord >= 0 ? String(asWord) : NUMBER_WORDS[Number(n)];
}

function weekdayForms(text: string, lead: string | undefined): string[] {
  const day = WEEKDAY.exec(text)?.[1];
  if (!day) return [];
  const short = day.slice(0, 3);
  return text === day ? [short] : [text.replace(day, short), day, `${lead ?? 'on'} ${day}`, short];
}

function durationForms(text: string): string[] {
  const [, n, unit] = /^(.+?)[-\s](second|minute|hour|day|night|week|month|year|decade|century)s?(?:-long)?$/i.exec(text) ?? [];
  if (!n || !unit) return [];
  const plural = n.toLowerCase() === 'one' || ['1', 'a', 'an'].includes(n) ? unit : `${unit}s`;
  const other = otherNumberForm(n);
  return [`${n} ${plural}`, `${n}-${unit}`, `${n} ${unit}`, ...(other ? [`${other} ${plural}`, `${other}-${unit}`] : [])];
}

function ordinalForms(text: string): string[] {
  const [, nth, unit] = /^(\S+)\s+(\S+)$/.exec(text) ?? [];
  if (!nth || !unit) return [];
  const i = ORDINAL_WORDS.indexOf(nth.toLowerCase());
  return i > 0 ? [`the ${text}`, `${ORDINAL_DIGITS[i]} ${unit}`, `${unit} ${NUMBER_WORDS[i] ?? i}`, `${unit} ${i}`] : [`the ${text}`];
}

/**
 * Other ways a student may rightly type a date answer: with its preposition
 * ("on Monday"), abbreviated ("Mon"), in figures ("3 days", "2nd year"),
 * and without a qualifier ("2022" for "early 2022"). A relative expression
 * asks for what it means instead (resolved-date-question.ts).
 */
export function dateAnswerVariants(expression: DateExpression): string[] {
  const { text, lead, kind, calendar } = expression;
  const forms = [
    ...(lead ? [`${lead.toLowerCase()} ${text}`] : []),
    ...(/^the\s/i.test(text) ? [text.replace(/^the\s+/i, '')] : []),
    ...(QUALIFIER.test(text) ? [text.replace(QUALIFIER, '')] : []),
    ...weekdayForms(text, lead?.toLowerCase()),
    ...(kind === 'duration' ? durationForms(text) : []),
    ...(kind === 'ordinal' ? ordinalForms(text) : []),
    ...(calendar && calendar !== text && /^\d{4}$/.test(calendar) ? [calendar] : []),
  ];
  return firstOfEach([text, ...forms], (form) => form.toLowerCase()).slice(1);
}
