import * as chrono from 'chrono-node';

/**
 * Finds the dates on a line with chrono-node ("March 20, 2023", "20 March
 * 2023", "20/03/2023", "2023-03-20", with or without a time). Only dates that
 * spell out a four-digit year count, so "Monday" or "2 hours ago" are not
 * taken for a publication date. A numeric date whose day and month could be
 * swapped ("03/04/2023") is reported as ambiguous instead of guessed.
 */
export interface FoundDate {
  /** YYYY-MM-DD, or null when the date is ambiguous. */
  iso: string | null;
  /** The words chrono read the date from. */
  text: string;
  /** Where `text` starts in the line. */
  index: number;
}

const UNITS = ['year', 'month', 'day'] as const;
const FOUR_DIGIT_YEAR = /\b\d{4}\b/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}$/;

export function findDates(line: string): FoundDate[] {
  return chrono
    .parse(line)
    .filter((result) => FOUR_DIGIT_YEAR.test(result.text) && UNITS.every((unit) => result.start.isCertain(unit)))
    .map((result) => ({ iso: isAmbiguous(result.text) ? null : toIso(result.start), text: result.text, index: result.index }));
}

function isAmbiguous(text: string): boolean {
  const numeric = NUMERIC.exec(text.trim().split(/[\sT,]/)[0] ?? '');
  if (!numeric) return false;
  const [first, second] = [Number(numeric[1]), Number(numeric[2])];
  return first !== second && first <= 12 && second <= 12;
}

function toIso(date: chrono.ParsedComponents): string {
  const pad = (n: number | null, width: number) => String(n ?? 0).padStart(width, '0');
  return `${pad(date.get('year'), 4)}-${pad(date.get('month'), 2)}-${pad(date.get('day'), 2)}`;
}
