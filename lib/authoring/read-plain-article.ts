import { countWords } from '@/lib/content';

import { debrisReason, followedName, type HeaderLine, type ImageCaption, isSectionLabel, readCaption, readHeaderLine, toLines } from './read-page-lines';

/**
 * Reads an article copied as plain text from a news page.
 *
 * - Title: the first non-empty line. A section label above it ("News",
 *   "World / Asia", see isSectionLabel) is skipped only when the next line
 *   looks like a headline (three words or more, and not a caption, byline,
 *   date or debris line). Debris lines above the title are skipped too.
 * - Header: between the title and the first paragraph, byline and date lines
 *   fill `author` and `published`. The dek is the first other line there, if
 *   it is one line of at most 60 words, comes before any byline or date, and
 *   is followed (blank lines and debris aside) by a byline, a date or the
 *   first photo caption — the layout of a news page. A short first paragraph
 *   followed by a byline looks the same and is taken for a dek.
 * - Anywhere: debris lines (see debrisReason) are dropped; the first photo
 *   caption becomes `image`, repeats of it and other captions are dropped.
 * - Paragraphs: split at blank lines, the lines of one paragraph joined by a
 *   space; a text with no blank lines gets one paragraph per line. Lines are
 *   trimmed; every other character is kept.
 */
export interface SourceLine {
  /** 1-based line number in the text. */
  line: number;
  text: string;
}

export interface PlainArticle {
  /** Empty only when the text is empty. */
  title: string;
  dek?: string;
  author?: string;
  /** YYYY-MM-DD. */
  published?: string;
  /** The line a date was read from, whether or not it could be used. */
  dateLine?: SourceLine & { ambiguous: boolean };
  image?: ImageCaption;
  /** A name the text points to without a byline, like "Follow Rachel Cheung on Twitter". */
  authorHint?: string;
  paragraphs: string[];
  dropped: (SourceLine & { reason: string })[];
}

/** `block`: which blank-line-separated block the line is in. */
type Line = SourceLine & { block: number };

export function readPlainArticle(source: string): PlainArticle {
  const lines = numberLines(source);
  const article: PlainArticle = { title: '', paragraphs: [], dropped: [] };
  const drop = (line: Line, reason: string) => article.dropped.push({ line: line.line, text: line.text, reason });
  const start = findTitle(lines, drop);
  article.title = lines[start]?.text ?? '';
  if (!article.title) return article;

  const body: Line[] = [];
  let inHeader = true;
  let bylineOrDateSeen = false;
  for (const [i, line] of lines.entries()) {
    if (i <= start || line.text === '') continue;
    const debris = debrisReason(line.text);
    const caption = debris ? null : readCaption(line.text);
    const header = debris || caption || !inHeader ? null : readHeaderLine(line.text);
    if (debris) {
      drop(line, debris);
      article.authorHint ??= followedName(line.text) ?? undefined;
    } else if (caption) {
      const repeated = article.image?.caption === caption.caption && article.image.credit === caption.credit;
      if (article.image) drop(line, repeated ? 'repeated photo caption' : 'another photo caption');
      else article.image = caption;
    } else if (header) {
      bylineOrDateSeen = true;
      if (!takeHeaderLine(article, line, header)) drop(line, header.author ? 'another byline' : 'another date');
    } else if (inHeader && !bylineOrDateSeen && article.dek === undefined && isDek(line, lines.slice(i + 1), article.image !== undefined)) {
      article.dek = line.text;
    } else {
      inHeader = false;
      body.push(line);
    }
  }
  if (article.author) delete article.authorHint;
  article.paragraphs = toParagraphs(body, lines.some((line) => line.text === ''));
  return article;
}

/** The lines from the first non-blank one to the last, trimmed and numbered. */
function numberLines(source: string): Line[] {
  const texts = toLines(source).map((text) => text.trim());
  const first = texts.findIndex((text) => text !== '');
  if (first === -1) return [];
  while (texts.at(-1) === '') texts.pop();
  let block = 0;
  return texts.slice(first).map((text, n) => {
    if (text === '') block += 1;
    return { line: first + n + 1, text, block };
  });
}

function kindOf(text: string, inHeader: boolean) {
  if (text === '') return 'blank';
  if (debrisReason(text)) return 'debris';
  if (readCaption(text)) return 'caption';
  if (inHeader && readHeaderLine(text)) return 'header';
  return 'text';
}

/** Index of the title line; drops debris and a section label above it. */
function findTitle(lines: readonly Line[], drop: (line: Line, reason: string) => void): number {
  let i = lines.findIndex((line) => line.text !== '' && !debrisReason(line.text));
  if (i === -1) i = lines.length;
  for (const line of lines.slice(0, i)) if (line.text !== '') drop(line, debrisReason(line.text) ?? 'debris');
  const first = lines[i];
  if (!first || !isSectionLabel(first.text)) return i;
  const next = lines.findIndex((line, j) => j > i && line.text !== '');
  const headline = lines[next];
  if (headline && countWords(headline.text) >= 3 && !isSectionLabel(headline.text) && kindOf(headline.text, true) === 'text') {
    drop(first, 'section label');
    return next;
  }
  return i;
}

/** The dek rule above; a caption after the lead photo belongs to the text. */
function isDek(line: Line, after: readonly Line[], imageFound: boolean): boolean {
  if (countWords(line.text) > 60) return false;
  for (const next of after) {
    const kind = kindOf(next.text, true);
    if (kind !== 'blank' && kind !== 'debris') return kind === 'header' || (kind === 'caption' && !imageFound);
  }
  return false;
}

/** Takes the first byline and the first date; false when the line adds neither. */
function takeHeaderLine(article: PlainArticle, line: Line, { author, date }: HeaderLine): boolean {
  const newAuthor = author !== undefined && article.author === undefined;
  if (newAuthor) article.author = author;
  if (!date || article.dateLine) return newAuthor;
  article.dateLine = { line: line.line, text: line.text, ambiguous: date.iso === null };
  if (date.iso) article.published = date.iso;
  return true;
}

/** One paragraph per blank-line block, or per line when the text has no blank lines. */
function toParagraphs(body: readonly Line[], hasBlankLines: boolean): string[] {
  if (!hasBlankLines) return body.map((line) => line.text);
  const blocks = new Map<number, string[]>();
  for (const line of body) blocks.set(line.block, [...(blocks.get(line.block) ?? []), line.text]);
  return [...blocks.values()].map((block) => block.join(' '));
}
