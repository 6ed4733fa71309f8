/**
 * Typographic folding shared by quote lookup and answer normalisation:
 * curly quotes become straight ones, every dash becomes a hyphen, and the
 * many Unicode spaces become a plain space.
 */
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"'],
  [/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-'],
  [/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' '],
];

/** Folds one character; every fold maps one character to one character. */
export function foldTypography(text: string): string {
  return FOLDS.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), text);
}

/**
 * A run of two or more whitespace characters, or a single one that is not a
 * plain space: matching only what changes, rather than every run (`/\s+/g`),
 * leaves the plain spaces between words alone.
 */
const NOT_ONE_SPACE = /\s{2,}|[^\S ]/g;

/** Turns every run of whitespace into one plain space, as `text.replace(/\s+/g, ' ')` does. */
export function collapseWhitespace(text: string): string {
  return text.replace(NOT_ONE_SPACE, ' ');
}

/** Typography folded, whitespace collapsed and lower case: how a name is looked for in an article. */
export function foldLoosely(text: string): string {
  return collapseWhitespace(foldTypography(text)).toLowerCase();
}

export interface QuoteMatch {
  /** Offset of the first character of the match in the original text. */
  start: number;
  /** Offset just past the last character of the match in the original text. */
  end: number;
}

/** A text prepared for quote lookup: folded, whitespace collapsed, each character mapped back to the original. */
export interface FoldedText {
  text: string;
  /** For each character of `text`, its offset in the original; null when every character stays where it was. */
  origin: number[] | null;
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);
const NEEDS_COLLAPSING = /^ |[\t\n\v\f\r]| {2}| $/;

/**
 * Folds typography and collapses whitespace, remembering where every folded
 * character came from so a match can be mapped back to the original text.
 * (Folding maps one character to one character, so offsets survive it.)
 */
export function foldForSearch(text: string): FoldedText {
  const folded = foldTypography(text);
  // Most paragraphs have no whitespace to collapse: they keep their offsets.
  if (!NEEDS_COLLAPSING.test(folded)) return { text: folded, origin: null };
  let out = '';
  const origin: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < folded.length; i++) {
    if (isSpace(folded.charCodeAt(i))) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      origin.push(i - 1);
      pendingSpace = false;
    }
    out += folded[i];
    origin.push(i);
  }
  return { text: out, origin };
}

/** The quote as it will be looked for: folded, whitespace collapsed and trimmed. */
export function normaliseQuote(quote: string): string {
  return foldForSearch(quote).text;
}

/** Finds a quotation, already normalised with normaliseQuote, in a text already prepared with foldForSearch. */
export function findInFolded(hay: FoldedText, needle: string): QuoteMatch | null {
  if (needle.length === 0) return null;
  const at = hay.text.indexOf(needle);
  if (at < 0) return null;
  const origin = (offset: number) => hay.origin?.[offset] ?? offset;
  return { start: origin(at), end: origin(at + needle.length - 1) + 1 };
}

/**
 * Finds a quotation in a text, ignoring differences of whitespace, curly vs
 * straight quotes and kinds of dash. Returns offsets in the original text.
 */
export function findQuote(text: string, quote: string): QuoteMatch | null {
  return findInFolded(foldForSearch(text), normaliseQuote(quote));
}
