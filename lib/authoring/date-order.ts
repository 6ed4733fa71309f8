/**
 * Which way round a text writes its dates, to read a numeric date such as
 * "12/03/2019" that could be either: "October 30" (month first, as in the
 * United States) or "30 October" (day first). A person settles it the same
 * way, from the other dates on the page.
 */
export type DateOrder = 'month-first' | 'day-first';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const MONTH_FIRST = new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b`, 'g');
const DAY_FIRST = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?![\p{L}])`, 'gu');

/** The order most of the text's written-out dates use, or null when they do not say (none, or as many each way). */
export function dateOrderOf(text: string): DateOrder | null {
  const monthFirst = text.match(MONTH_FIRST)?.length ?? 0;
  const dayFirst = text.match(DAY_FIRST)?.length ?? 0;
  if (monthFirst === dayFirst) return null;
  return monthFirst > dayFirst ? 'month-first' : 'day-first';
}

const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;

/** A numeric date read in the given order, as YYYY-MM-DD; null when there is none or it is not a date. */
export function readNumericDate(text: string, order: DateOrder): string | null {
  const [, a = '', b = '', year = ''] = NUMERIC.exec(text) ?? [];
  const [month, day] = order === 'month-first' ? [Number(a), Number(b)] : [Number(b), Number(a)];
  if (!year || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
