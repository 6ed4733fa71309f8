/**
 * The names of the weekdays and months as people write them, and the few
 * calendar facts that reading and writing dates need. English only.
 */
/** The weekdays from Sunday, each by its name and the abbreviations people write ("Tues", "Thurs"). */
export const WEEKDAY_NAMES = [
  ['sunday', 'sun'],
  ['monday', 'mon'],
  ['tuesday', 'tue', 'tues'],
  ['wednesday', 'wed', 'weds'],
  ['thursday', 'thu', 'thur', 'thurs'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
] as const;

/** The months from January, each by its name and its abbreviations ("Sep", "Sept"). */
export const MONTH_NAMES = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
] as const;

const indexIn = (table: readonly (readonly string[])[], word: string) => table.findIndex((names) => names.includes(word.toLowerCase()));

/** The weekday a word names (0 for Sunday), by name or abbreviation with or without its full stop; undefined for any other word. */
export function weekdayNamed(word: string): number | undefined {
  const i = indexIn(WEEKDAY_NAMES, word.replace(/\.$/, ''));
  return i < 0 ? undefined : i;
}

/** The month a word names (1 for January), by name or abbreviation with or without its full stop; undefined for any other word. */
export function monthNamed(word: string): number | undefined {
  const i = indexIn(MONTH_NAMES, word.replace(/\.$/, ''));
  return i < 0 ? undefined : i + 1;
}

/** The number of days in a month; February has 29 when no year is given, since "February 29" is a real day. */
export function daysInMonth(month: number, year = 2000): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The weekday of a calendar day, 0 for Sunday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A month's name as written in a sentence: 3 → "March". */
export const monthName = (month: number): string => capitalised(MONTH_NAMES[month - 1]?.[0] ?? '');

/** A weekday's name as written in a sentence: 0 → "Sunday". */
export const weekdayName = (weekday: number): string => capitalised(WEEKDAY_NAMES[weekday]?.[0] ?? '');

/** The weekdays' names as written in a sentence, as one regular-expression alternation: "Sunday|Monday|…|Saturday". */
export const WEEKDAY_PATTERN = WEEKDAY_NAMES.map(([name]) => capitalised(name)).join('|');

/** The months' names as written in a sentence, as one regular-expression alternation: "January|…|December". */
export const MONTH_PATTERN = MONTH_NAMES.map(([name]) => capitalised(name)).join('|');
