import { readByline } from './read-byline';
import { findDates, type FoundDate } from './read-date-line';

/**
 * A line between the headline and the text that carries a byline, a date or
 * both: "By Rachel Cheung", "March 20, 2023", "Published 20/03/2023, 5:32am",
 * "By Rachel Cheung | March 20, 2023". A line with a date counts only when the
 * words left around the date are a byline or filler ("Published", "Updated",
 * "on", "at", a time zone), so a sentence that mentions a date is not
 * swallowed.
 */
export interface HeaderLine {
  author?: string;
  /** The earliest date on the line (published comes before updated). */
  date?: FoundDate;
}

const FILLER = /^(?:published|updated|posted|originally|first|last|modified|on|at|date|time|am|pm)$/i;
const TIME_ZONE = /^(?:GMT|UTC|BST|CET|CEST|EET|MSK|IST|HKT|SGT|JST|KST|AEST|AEDT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)$/;
const EDGE = /^[\s,;:|·•—–()[\]-]+|[\s,;:|·•—–()[\]-]+$/g;
const SPLIT = /[\s,;:|·•—–()[\]-]+/;

export function readHeaderLine(line: string): HeaderLine | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 160) return null;
  const dates = findDates(trimmed);
  if (dates.length === 0) {
    const author = readByline(trimmed);
    return author ? { author } : null;
  }
  const earliest = [...dates].sort((a, b) => (a.iso ?? '9999').localeCompare(b.iso ?? '9999'))[0];
  const rest = removeDates(trimmed, dates);
  const words = rest.split(SPLIT).filter(Boolean);
  const extra = words.filter((word) => !FILLER.test(word) && !TIME_ZONE.test(word));
  if (extra.length === 0) return { date: earliest };
  const author = readByline(trimFiller(rest));
  return author ? { author, date: earliest } : null;
}

/** Strips separators and filler words from both ends: "By Ana Lima | Published" → "By Ana Lima". */
function trimFiller(text: string): string {
  const words = text.split(/\s+/).filter((word) => word.replace(EDGE, '').length > 0);
  const isFiller = (word: string) => FILLER.test(word.replace(EDGE, '')) || TIME_ZONE.test(word.replace(EDGE, ''));
  while (words.length > 0 && isFiller(words[words.length - 1] ?? '')) words.pop();
  while (words.length > 0 && isFiller(words[0] ?? '')) words.shift();
  return words.join(' ').replace(EDGE, '');
}

function removeDates(line: string, dates: readonly FoundDate[]): string {
  return [...dates]
    .sort((a, b) => b.index - a.index)
    .reduce((text, date) => `${text.slice(0, date.index)} ${text.slice(date.index + date.text.length)}`, line);
}
