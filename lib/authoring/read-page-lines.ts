import * as chrono from 'chrono-node';

import { readBylineParts } from './read-byline';

// Readers of one line of a news page copied as plain text. Each is strict, so an ordinary sentence is never taken for one.

/** The lines of a text (LF, CRLF or CR), without a byte-order mark or trailing whitespace, no-break spaces included. */
export function toLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd());
}

export interface ImageCaption {
  /** Empty when the line holds only a credit. */
  caption: string;
  credit: string;
}

/**
 * A photo caption line: "CAPTION TEXT. PHOTO: CREDIT", "Caption (Photo:
 * Credit)" or "Photo: Credit" alone. "PHOTO", "Photo", "PHOTOGRAPH" or
 * "Photograph" (and "credit") must end in a colon, so a sentence that merely
 * mentions a photo is not a caption.
 */
const CAPTION = /^(.*?)\s*\(?\b(?:PHOTO(?:GRAPH)?|Photo(?:graph)?)(?:\s+(?:CREDIT|[Cc]redit))?\s*:\s*([^()]+?)\s*\)?$/;

export function readCaption(line: string): ImageCaption | null {
  const [, caption = '', credit = ''] = CAPTION.exec(line.trim())?.map((part) => part.trim()) ?? [];
  if (credit.length === 0 || credit.length > 80 || credit.split(/\s+/).length > 10) return null;
  return { caption, credit };
}

export interface FoundDate {
  /** YYYY-MM-DD, or null when day and month could be swapped ("03/04/2023"). */
  iso: string | null;
  /** The words chrono read the date from, and where they start in the line. */
  text: string;
  index: number;
}

const UNITS = ['year', 'month', 'day'] as const;
const FOUR_DIGIT_YEAR = /\b\d{4}\b/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}$/;

/** The dates on a line that spell out a four-digit year, so "Monday" or "2 hours ago" are not a publication date. */
export function findDates(line: string): FoundDate[] {
  return chrono
    .parse(line)
    .filter((result) => FOUR_DIGIT_YEAR.test(result.text) && UNITS.every((unit) => result.start.isCertain(unit)))
    .map((result) => ({ iso: isAmbiguous(result.text) ? null : toIso(result.start), text: result.text, index: result.index }));
}

function isAmbiguous(text: string): boolean {
  const [, first = 0, second = 0] = (NUMERIC.exec(text.trim().split(/[\sT,]/)[0] ?? '') ?? []).map(Number);
  return first !== second && first <= 12 && second <= 12;
}

/**
 * A date with a year but no day, where a full date was wanted: "2013",
 * "October 2013". The words as written, or null when the text has no year
 * of 1900 to 2099 or holds a full date.
 */
const YEAR = /(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+)?\b(?:19|20)\d{2}\b/i;

export function findPartialDate(text: string): string | null {
  if (findDates(text).length > 0) return null;
  return YEAR.exec(text)?.[0] ?? null;
}

function toIso(date: chrono.ParsedComponents): string {
  return UNITS.map((unit) => String(date.get(unit) ?? 0).padStart(unit === 'year' ? 4 : 2, '0')).join('-');
}

export interface HeaderLine {
  /** What follows the name in the byline: "VOA News", "Staff Writer". */
  affiliation?: string;
  author?: string;
  /** The earliest date on the line (published comes before updated). */
  date?: FoundDate;
}

const FILLER = /^(?:published|updated|posted|originally|first|last|modified|created|dated|on|at|date|time|am|pm)$/i;
const TIME_ZONE = /^(?:GMT|UTC|BST|CET|CEST|EET|MSK|IST|HKT|SGT|JST|KST|AEST|AEDT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)$/;
/** A time of day left beside a date ("| 10:14 AM"), which chrono reads only when it follows the date. */
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?=$|[\s,;|)])/gi;
const NAME_MARK = /[|·•]|\s[-–—]\s/;
const PLACE = /^\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u;
const EDGE = /^[\s,;:|·•—–()[\]-]+|[\s,;:|·•—–()[\]-]+$/g;
const SPLIT = /[\s,;:|·•—–()[\]-]+/;

/**
 * A line carrying a byline, a date or both: "By Rachel Cheung", "Published
 * 20/03/2023, 5:32am", "By Rachel Cheung | March 20, 2023", "Hong Kong,
 * March 20, 2023". Around a date only a byline, a place (capitalised words)
 * or filler ("Published", "on", a time zone) may stand, so a sentence that
 * mentions a date is not swallowed.
 */
export function readHeaderLine(line: string): HeaderLine | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 160) return null;
  const dates = findDates(trimmed);
  const date = [...dates].sort((a, b) => (a.iso ?? '9999').localeCompare(b.iso ?? '9999'))[0];
  const rest = removeDates(trimmed, dates).replace(TIME, ' ');
  if (date && rest.split(SPLIT).every((word) => word === '' || isFiller(word))) return { date };
  const byline = readBylineParts(date ? trimFiller(rest) : trimmed);
  if (byline) return { ...byline, date };
  const beside = trimFiller(rest);
  if (!date || !PLACE.test(beside)) return null;
  // "Jane Doe | March 20, 2023": a name set off from the date by a bar or a spaced dash is a byline;
  // "Hong Kong, March 20, 2023", "Headquarters, Washington Sept. 8, 2004": after a comma, a place.
  const named = NAME_MARK.test(trimmed) ? readBylineParts(`By ${beside}`) : null;
  return named ? { ...named, date } : { date };
}

/** A line holding only a date without its day ("October 2013", "Updated 2013"): those date words, or null. */
export function readPartialDateLine(line: string): string | null {
  const partial = findPartialDate(line);
  if (!partial) return null;
  const rest = line.replace(partial, ' ').replace(TIME, ' ');
  return rest.split(SPLIT).every((word) => word === '' || isFiller(word)) ? partial : null;
}

/** Strips separators and filler words from both ends, keeping those inside: "By Ana Lima | VOA | Published" → "By Ana Lima | VOA". */
function trimFiller(text: string): string {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const atEdge = (word: string | undefined) => word !== undefined && (word.replace(EDGE, '') === '' || isFiller(word));
  while (atEdge(words.at(-1))) words.pop();
  while (atEdge(words[0])) words.shift();
  return words.join(' ').replace(EDGE, '');
}

/** A filler word or a time zone, separators around it aside. */
function isFiller(word: string): boolean {
  const bare = word.replace(EDGE, '');
  return FILLER.test(bare) || TIME_ZONE.test(bare);
}

function removeDates(line: string, dates: readonly FoundDate[]): string {
  return [...dates]
    .sort((a, b) => b.index - a.index)
    .reduce((text, date) => `${text.slice(0, date.index)} ${text.slice(date.index + date.text.length)}`, line);
}

/**
 * The section label above a headline: only names on this list, alone or joined
 * by a separator ("World / Asia", "News › Politics"), so a one-word headline
 * is never taken for a label.
 */
const SECTION_LABELS = new Set(
  (
    'news|world|world news|breaking news|latest|opinion|comment|commentary|editorial|analysis|explainer|feature|features|interview|' +
    'review|reviews|investigation|investigations|politics|business|economy|markets|money|finance|tech|technology|science|health|' +
    'climate|environment|education|sport|sports|culture|arts|entertainment|books|film|music|travel|food|lifestyle|style|local|national|' +
    'international|global|us|u.s.|us news|uk|uk news|europe|asia|africa|americas|middle east'
  ).split('|'),
);

const SEPARATOR = /\s*[/|›»>·•]\s*/;

export function isSectionLabel(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return false;
  return trimmed.split(SEPARATOR).every((part) => SECTION_LABELS.has(part.toLowerCase()));
}

/** Lines a copied web page brings along that are not the article; each rule matches a whole line. */
export type DebrisReason = 'advertisement' | 'share button' | 'read-more link' | 'social media plug' | 'time since posting' | 'reading time' | 'release number' | 'site tagline';

const NETWORKS = 'twitter|x|instagram|facebook|threads|bluesky|mastodon|linkedin|tiktok|youtube';

const RULES: ReadonlyArray<readonly [RegExp, DebrisReason]> = [
  [/^advertisement$/i, 'advertisement'],
  [/^share(?: this (?:article|story))?$/i, 'share button'],
  [/^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i, 'time since posting'],
  [/^\d+\s*(?:-|\s)?(?:minutes?|mins?)\s+read$/i, 'reading time'],
  // A wiki's line under every title: "From Wikinews, the free news source you can write!"
  [/^from\s+\S+,\s+the\s+free\s+(?:encyclopedia|dictionary|library|news\s+source|media\s+repository)\b[^.]{0,40}[.!]?$/i, 'site tagline'],
  [/^(?:news\s+|press\s+)?release\s*(?:no\.?|number|#)?\s*:?\s*[A-Z]{0,3}\d[\d-]*[A-Z]?$/i, 'release number'],
  [/^read more(?:[:.…]|\s*[:|–—-]\s.*)?$/i, 'read-more link'],
  [new RegExp(`^follow\\s+\\S.{0,60}?\\s+on\\s+(?:${NETWORKS})\\b`, 'i'), 'social media plug'],
];

export function debrisReason(line: string): DebrisReason | null {
  const trimmed = line.trim();
  if (trimmed.length > 200) return null;
  return RULES.find(([pattern]) => pattern.test(trimmed))?.[1] ?? null;
}

/** The mark a press release ends with ("-end-", "###", "-30-"): nothing after it is the article. */
export function isEndMark(line: string): boolean {
  return /^(?:[-–—]+\s*end\s*[-–—]+|#(?:\s*#){2}|[-–—]\s*30\s*[-–—])$/i.test(line.trim());
}

/** The name in "Follow Rachel Cheung on Twitter…", a hint at who wrote the article. */
export function followedName(line: string): string | null {
  const name = new RegExp(`^follow\\s+(.{1,60}?)\\s+on\\s+(?:${NETWORKS})\\b`, 'i').exec(line.trim())?.[1]?.trim();
  return name && !/^(?:us|me|our\b)/i.test(name) ? name : null;
}
