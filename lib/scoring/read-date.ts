/**
 * Reading what a date written by a person says, and only what it says: a
 * weekday, a month, a month and day, a month of a year, a year or a full
 * date. Nothing is filled in, so "October 3" is a month and a day and never a
 * day of some year; relative words ("today", "last month") are not read.
 */
import * as chrono from 'chrono-node';

import { daysInMonth, foldTypography, monthNamed, weekdayNamed } from '@/lib/text';

/** What a written date states: every field it leaves out is undefined. `weekday`: 0 for Sunday to 6 for Saturday. */
export interface DateReading {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

const isDay = (month: number, day: number, year?: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);

/** "2022", "2023-03", "2023-03-20" (as a question's `date:` is written) and ISO 8601's month and day, "--10-03". */
function readIso(text: string): DateReading | null {
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$|^--(\d{2})-(\d{2})$/.exec(text);
  if (!iso) return null;
  const [year, month, day] = [iso[1], iso[2] ?? iso[4], iso[3] ?? iso[5]].map((part) => (part === undefined ? undefined : Number(part)));
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && !isDay(month ?? 0, day, year)) return null;
  return { ...(year !== undefined && { year }), ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

/**
 * A date in figures, "10/13" or "13/10/2013": read only when it can be read
 * one way. "10/13" and "13/10" are both 13 October, since there is no 13th
 * month; "10/3" could be 3 October (United States) or 10 March (most other
 * places), so it is not read at all; "3/3" is 3 March either way. A year of
 * two figures is this century's up to 49 ("3/20/23" is 2023), else the last.
 */
function readFigures(text: string): DateReading | null {
  const figures = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/.exec(text);
  if (!figures) return null;
  const [a, b] = [Number(figures[1]), Number(figures[2])];
  const written = figures[3];
  const year = written === undefined ? undefined : written.length === 4 ? Number(written) : Number(written) + (Number(written) < 50 ? 2000 : 1900);
  const monthFirst = isDay(a, b, year);
  const dayFirst = isDay(b, a, year);
  if (monthFirst && dayFirst && a !== b) return null;
  if (!monthFirst && !dayFirst) return null;
  const [month, day] = monthFirst ? [a, b] : [b, a];
  return { ...(year !== undefined && { year }), month, day };
}

/** "September", "Sept.", "September 2004", "Sep 2004", "September of 2004". */
function readMonth(text: string): DateReading | null {
  const [, name = '', year] = /^([a-z]+\.?),?(?:\s+(?:of\s+)?(\d{4}))?$/i.exec(text) ?? [];
  const month = monthNamed(name);
  if (month === undefined) return null;
  return year === undefined ? { month } : { year: Number(year), month };
}

/** "October 3", "3rd of October", "Oct 3rd 2013", "2013-10-03": what chrono-node reads, only when it reads all of the text as one day. */
function readDay(text: string): DateReading | null {
  const [result, ...more] = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)));
  if (!result || more.length > 0 || result.end || result.index !== 0 || result.text.length !== text.length) return null;
  const { start } = result;
  if (!start.isCertain('month') || !start.isCertain('day')) return null;
  const [month, day] = [start.get('month') ?? 0, start.get('day') ?? 0];
  const year = start.isCertain('year') ? (start.get('year') ?? undefined) : undefined;
  return { ...(year !== undefined && { year }), month, day };
}

/**
 * What a written date states, or null when the text is not just a date. Read
 * forms: a year ("2022", "in 2022", "the year 2022"); a month or weekday by
 * name or abbreviation ("Sept.", "on Mon"); a month of a year ("March 2023");
 * a month and day in any order ("Oct. 3", "3 October", "the 3rd of October",
 * "October the 3rd"), with a year or not; a weekday before any of them
 * ("Thursday, October 3"); ISO dates ("2023-03-20", "--10-03"); and dates in
 * figures that read one way only (see readFigures).
 */
export function readDate(written: string): DateReading | null {
  let text = foldTypography(written.normalize('NFC'))
    .trim()
    .replace(/[\s.,;:!?]+$/, '')
    .replace(/^(?:(?:on|in|during|of)\s+)?(?:the\s+)?(?:year\s+)?/i, '')
    .replace(/\s+the\s+/gi, ' ')
    .replace(/\s+/g, ' ');
  const [, first = '', rest = ''] = /^([a-z]+\.?)(?:,?\s+(.*))?$/i.exec(text) ?? [];
  const weekday = weekdayNamed(first);
  if (weekday !== undefined) {
    if (rest === '') return { weekday };
    text = rest;
  }
  // A text in figures is read by its own rules only: chrono-node would read "10/3" as 3 October.
  const date = /^[\d/-]+$/.test(text) ? (readIso(text) ?? readFigures(text)) : (readMonth(text) ?? readDay(text));
  if (!date) return null;
  return weekday === undefined ? date : { ...date, weekday };
}
