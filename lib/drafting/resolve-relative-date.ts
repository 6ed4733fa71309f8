/**
 * What a relative date ("today", "on Friday", "last month") means in a news
 * article: the day, month or year it names, counted from the day the article
 * was published, as far as that is certain. Docs: docs/drafting.md, "Dates".
 */
import { monthName, monthNamed, weekdayName, weekdayNamed } from '@/lib/text';

export type DatePrecision = 'day' | 'month' | 'year';

export interface ResolvedDate {
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", at the precision that is certain. */
  calendar: string;
  precision: DatePrecision;
  /** How the words were counted, for the teacher: "the Friday before publication". */
  reading: string;
}

const DAY_MS = 86_400_000;
const PART_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))?';
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A future tense in the words just before an expression: "will meet on Friday", "is due to land on Friday". */
const FUTURE = /\b(?:will|shall|won[’']t|[’']ll|(?:is|are|was|were) (?:due|set|scheduled|expected|going|to be held) to|plans? to|planned for)\b/i;

const SAME_DAY = new RegExp(`^(?:today${PART_OF_DAY}|tonight|this\\s+(?:morning|afternoon|evening))$`, 'i');
const DAY_BEFORE = new RegExp(`^(?:yesterday${PART_OF_DAY}|last\\s+night)$`, 'i');
const DAY_AFTER = new RegExp(`^tomorrow${PART_OF_DAY}$`, 'i');
const WEEKDAY = new RegExp(`^(?:(?:early|late)\\s+)?(?:(last|this|next)\\s+)?([a-z]+)${PART_OF_DAY}$`, 'i');
const DAYS_AGO = /^(\d+|[a-z]+)\s+days?\s+ago$/i;
const PERIOD = /^(?:(?:earlier|later|early|late|mid)[\s-]+)?(last|this|next)\s+(week|month|year)$/i;
const MONTH_OF_YEAR = /^([a-z]+)\.?\s+(last|this|next)\s+year$/i;

/** How far "last", "this" and "next" move from publication, and how a note says it. */
const stepOf = (which: string) => ({ last: -1, this: 0, next: 1 })[which.toLowerCase()] ?? 0;
const relation = (step: number) => ['before', 'of', 'after'][step + 1] ?? 'of';

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** "March 13–19, 2023", "March 27 – April 2, 2023": a span of days, for a note. */
function spanOf(first: Date, last: Date): string {
  const [m1, m2] = [first.getUTCMonth() + 1, last.getUTCMonth() + 1];
  const tail = `${last.getUTCDate()}, ${last.getUTCFullYear()}`;
  return m1 === m2 ? `${monthName(m1)} ${first.getUTCDate()}–${tail}` : `${monthName(m1)} ${first.getUTCDate()} – ${monthName(m2)} ${tail}`;
}

function day(published: number, offset: number, reading: string): ResolvedDate {
  return { calendar: iso(published + offset * DAY_MS), precision: 'day', reading };
}

/**
 * A weekday counted from publication, as news writes them: the day itself
 * when it is the day of publication, else the last such day before it, or
 * the next after it when the words before it are in the future tense ("will
 * meet on Friday") or say "next". "last Friday" is always before, and a week
 * back when publication was a Friday; "next Friday" a week on.
 */
function weekday(published: number, named: number, modifier: string | undefined, future: boolean): ResolvedDate {
  const today = new Date(published).getUTCDay();
  const back = (today - named + 7) % 7;
  const ahead = (named - today + 7) % 7;
  const name = weekdayName(named);
  if (modifier === 'last') return day(published, -(back || 7), `the ${name} before publication`);
  if (modifier === 'next') return day(published, ahead || 7, `the ${name} after publication`);
  if (back === 0) return day(published, 0, 'the day of publication');
  return future ? day(published, ahead, `the ${name} after publication`) : day(published, -back, `the ${name} before publication`);
}

/** A week, month or year before, of or after publication; a week is Monday to Sunday, and is certain to its month only when it lies in one. */
function period(published: number, which: string, unit: string): ResolvedDate | null {
  const step = stepOf(which);
  const at = new Date(published);
  const reading = `the ${unit} ${relation(step)} publication`;
  if (unit === 'year') return { calendar: String(at.getUTCFullYear() + step), precision: 'year', reading };
  if (unit === 'month') {
    const month = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + step, 1));
    return { calendar: `${month.getUTCFullYear()}-${pad(month.getUTCMonth() + 1)}`, precision: 'month', reading };
  }
  const monday = published - ((at.getUTCDay() + 6) % 7) * DAY_MS + step * 7 * DAY_MS;
  const [first, last] = [new Date(monday), new Date(monday + 6 * DAY_MS)];
  const week = `the week of ${spanOf(first, last)}`;
  if (first.getUTCFullYear() !== last.getUTCFullYear()) return null;
  if (first.getUTCMonth() !== last.getUTCMonth()) return { calendar: String(first.getUTCFullYear()), precision: 'year', reading: week };
  return { calendar: iso(monday).slice(0, 7), precision: 'month', reading: week };
}

/**
 * What a relative date expression means, counted from `published` (its
 * calendar day is read, whatever its time); `before` is the text just before
 * the expression in its sentence, whose last clause is read for a future tense. Null for anything
 * that is not a relative date this knows how to count ("the past year",
 * "three weeks ago", "2022").
 */
export function resolveRelativeDate(written: string, before: string, published: Date): ResolvedDate | null {
  const text = written.trim().replace(/\s+/g, ' ');
  const start = Date.UTC(published.getFullYear(), published.getMonth(), published.getDate());
  if (SAME_DAY.test(text)) return day(start, 0, 'the day of publication');
  if (DAY_BEFORE.test(text)) return day(start, -1, 'the day before publication');
  if (DAY_AFTER.test(text)) return day(start, 1, 'the day after publication');
  const [, modifier, name = ''] = WEEKDAY.exec(text) ?? [];
  const named = weekdayNamed(name);
  if (named !== undefined && name.length > 3) {
    // The tense of the expression's own clause: "the warrant, which will not stop him, was issued on Friday" is past.
    const clause = before.split(/[,;:()—–]|\b(?:that|which|who|and|but)\b/i).at(-1) ?? '';
    return weekday(start, named, modifier?.toLowerCase(), FUTURE.test(clause.split(/\s+/).slice(-8).join(' ')));
  }
  const [, count = ''] = DAYS_AGO.exec(text) ?? [];
  const days = /^\d+$/.test(count) ? Number(count) : NUMBERS.indexOf(count.toLowerCase());
  if (days > 0) return day(start, -days, `${count} days before publication`);
  const [, which, unit] = PERIOD.exec(text) ?? [];
  if (which && unit) return period(start, which, unit.toLowerCase());
  // "February last year": a month of the year before, of or after publication.
  const [, monthWord = '', whichYear = ''] = MONTH_OF_YEAR.exec(text) ?? [];
  const month = monthNamed(monthWord);
  if (month === undefined) return null;
  const year = new Date(start).getUTCFullYear() + stepOf(whichYear);
  return { calendar: `${year}-${pad(month)}`, precision: 'month', reading: `${monthName(month)} of the year ${relation(stepOf(whichYear))} publication` };
}
