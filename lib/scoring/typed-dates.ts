/**
 * Whether a typed date names the date a question asks for, at the precision
 * the question states it: a weekday for a weekday, a month and day for a
 * month and day, a full date for a full date. The rule is written out for
 * teachers in docs/scoring.md ("Typed dates").
 */
import { weekdayOf } from '@/lib/text';

import { type DateReading, readDate } from './read-date';
import { matchesTypedAnswer } from './typed-answers';

/** The fields of a typed `date` question that say what is right. */
export interface DateKey {
  answer: string;
  accept: readonly string[];
  /** YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD. */
  date?: string;
}

/**
 * The readings of the forms teachers wrote, kept: scoring reads the same few
 * accepted forms on every request, and chrono-node is the slow part. Bounded,
 * since a long-running server may see many sets.
 */
const readForms = new Map<string, DateReading | null>();

function readForm(form: string): DateReading | null {
  let reading = readForms.get(form);
  if (reading === undefined) {
    if (readForms.size >= 5000) readForms.clear();
    reading = readDate(form);
    readForms.set(form, reading);
  }
  return reading;
}

/** The weekday a reading states, or else the one its full date falls on. */
function weekdayIn({ year, month, day, weekday }: DateReading): number | undefined {
  if (weekday !== undefined) return weekday;
  return year !== undefined && month !== undefined && day !== undefined ? weekdayOf(year, month, day) : undefined;
}

/**
 * Whether a typed date names an expected one at the expected one's
 * precision. Every part the expected date states must be typed, and the
 * same; nothing more may be typed but a year beside a month (with or without
 * a day), which must be `year` when the question states a year, and a
 * weekday beside a date, which must be that date's weekday when its year is
 * known.
 */
export function fitsDate(typed: DateReading, expected: DateReading, year?: number): boolean {
  if ((['year', 'month', 'day'] as const).some((part) => expected[part] !== undefined && typed[part] !== expected[part])) return false;
  if (expected.weekday !== undefined && weekdayIn(typed) !== expected.weekday) return false;
  if ((typed.month !== undefined && expected.month === undefined) || (typed.day !== undefined && expected.day === undefined)) return false;
  if (typed.year !== undefined && expected.year === undefined && (expected.month === undefined || (year !== undefined && typed.year !== year))) return false;
  const knownYear = typed.year ?? year;
  if (typed.weekday === undefined || knownYear === undefined || typed.month === undefined || typed.day === undefined) return true;
  return weekdayOf(knownYear, typed.month, typed.day) === typed.weekday;
}

/** Whether a typed answer names the expected date (written as the schema writes one, or as a person does) at its precision. */
export function matchesDate(typed: string, expected: string): boolean {
  const [given, wanted] = [readDate(typed), readDate(expected)];
  return given !== null && wanted !== null && fitsDate(given, wanted, wanted.year);
}

/**
 * Whether a typed answer is right for a typed `date` question: it matches
 * the answer or an accepted form as a typed answer, or names the same date as
 * one of them or as `date`, at that one's precision (see fitsDate). A year
 * typed beside a month and day must be the question's year: `date`'s, or
 * else the first year its answer or accepted forms write out.
 */
export function matchesDateAnswer(typed: string, { answer, accept, date }: DateKey): boolean {
  if (matchesTypedAnswer(typed, [answer, ...accept], { typos: true })) return true;
  const given = readDate(typed);
  if (!given) return false;
  const expected = [...(date !== undefined ? [date] : []), answer, ...accept].flatMap((form) => readForm(form) ?? []);
  const year = expected.find((reading) => reading.year !== undefined)?.year;
  return expected.some((reading) => fitsDate(given, reading, year));
}

/** Whether two readings can name the same date: every part both state is the same, a full date's weekday included. */
function agree(a: DateReading, b: DateReading): boolean {
  if ((['year', 'month', 'day'] as const).some((part) => a[part] !== undefined && b[part] !== undefined && a[part] !== b[part])) return false;
  const [wa, wb] = [weekdayIn(a), weekdayIn(b)];
  return wa === undefined || wb === undefined || wa === wb;
}

/**
 * The accepted forms of a typed `date` question (`answer` first, then
 * `accept`) that name another date than its `date` does, or than its
 * answer does: each one makes other typed dates right, so a slip in one
 * ("October 4" among the forms of "October 3rd") is worth a warning.
 */
export function disagreeingDateForms({ answer, accept, date }: DateKey): string[] {
  const reference = readForm(date ?? answer);
  if (!reference) return [];
  return [answer, ...accept].filter((form) => {
    const reading = readForm(form);
    return reading !== null && !agree(reading, reference);
  });
}
