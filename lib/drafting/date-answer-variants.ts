import type { DateExpression } from './find-date-expressions';

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
