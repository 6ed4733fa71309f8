import type { TextSpan } from '@/lib/text';

import type { DateDraft, Drafted } from './draft-question-set';
import { type DateExpression, type DateKind, findDateExpressions } from './find-date-expressions';
import { toSingleQuotes } from './quotations';

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
  while (from < blank.start && /[\s,;:]/.test(sentence[from] as string)) from++;
  while (to > blank.end && /[\s,;:]/.test(sentence[to - 1] as string)) to--;
  const head = from > 0 ? '…' : '';
  const tail = to < sentence.length ? '…' : '';
  return toSingleQuotes(`${head}${sentence.slice(from, blank.start)}____${sentence.slice(blank.end, to)}${tail}`);
}

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_DIGITS = ['0th', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th'];
const QUALIFIER = /^(?:earlier|later|early|late|mid)[\s-]+/i;

/** "three" ⇄ "3", for the numbers people write both ways. */
function otherNumberForm(n: string): string | undefined {
  const asWord = NUMBER_WORDS.indexOf(n.toLowerCase());
  if (asWord >= 0) return String(asWord);
  const asDigit = Number(n);
  return Number.isInteger(asDigit) ? NUMBER_WORDS[asDigit] : undefined;
}

function weekdayForms(text: string, lead: string | undefined): string[] {
  const day = WEEKDAY.exec(text)?.[1];
  if (!day) return [];
  const short = day.slice(0, 3);
  const forms = [text.replace(day, short)];
  if (text !== day) forms.push(day, `${lead ?? 'on'} ${day}`, short);
  return forms;
}

function durationForms(text: string): string[] {
  const m = /^(.+?)[-\s](second|minute|hour|day|night|week|month|year|decade|century)s?(?:-long)?$/i.exec(text);
  if (!m) return [];
  const [, n, unit] = m as unknown as [string, string, string];
  const plural = n.toLowerCase() === 'one' || n === '1' || n === 'a' || n === 'an' ? unit : `${unit}s`;
  const forms = [`${n} ${plural}`, `${n}-${unit}`, `${n} ${unit}`];
  const other = otherNumberForm(n);
  if (other) forms.push(`${other} ${plural}`, `${other}-${unit}`);
  return forms;
}

function ordinalForms(text: string): string[] {
  const m = /^(\S+)\s+(\S+)$/.exec(text);
  if (!m) return [];
  const [, nth, unit] = m as unknown as [string, string, string];
  const i = ORDINAL_WORDS.indexOf(nth.toLowerCase());
  const forms = [`the ${text}`];
  if (i > 0) forms.push(`${ORDINAL_DIGITS[i]} ${unit}`, `${unit} ${NUMBER_WORDS[i] ?? i}`, `${unit} ${i}`);
  return forms;
}

/** "February" for 2. */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

function resolvedForms(expression: DateExpression): string[] {
  const { resolved } = expression;
  if (!resolved) return [];
  if (resolved.month === undefined) return [String(resolved.year), `in ${resolved.year}`];
  const month = monthName(resolved.month);
  return [`${month} ${resolved.year}`, month, `in ${month}`];
}

/**
 * Other ways a student may rightly type a date answer: with its preposition
 * ("on Monday"), abbreviated ("Mon"), in figures ("3 days", "2nd year"),
 * without a qualifier ("this year" for "earlier this year"), and, for
 * "last month" or "this year", the month or year it means on the day the
 * article was published.
 */
export function dateAnswerVariants(expression: DateExpression): string[] {
  const { text, lead, kind } = expression;
  const forms: string[] = [];
  if (lead) forms.push(`${lead.toLowerCase()} ${text}`);
  if (/^the\s/i.test(text)) forms.push(text.replace(/^the\s+/i, ''));
  if (QUALIFIER.test(text)) forms.push(text.replace(QUALIFIER, ''));
  forms.push(...weekdayForms(text, lead?.toLowerCase()));
  if (kind === 'duration') forms.push(...durationForms(text));
  if (kind === 'ordinal') forms.push(...ordinalForms(text));
  if (expression.calendar && expression.calendar !== text && /^\d{4}$/.test(expression.calendar)) forms.push(expression.calendar);
  forms.push(...resolvedForms(expression));

  const seen = new Set([text.toLowerCase()]);
  return forms.filter((form) => {
    const key = form.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
