import { countWords } from '@/lib/content';

import type { PlainArticle, SourceLine } from './plain-article';
import { dateOrderOf, readNumericDate } from './date-order';
import { contactBlockFollows, continuesTitle, headerBlock, readsAsTitle } from './find-headline';
import { readDateline } from './read-dateline';
import { readLabelLine, type LabelLine } from './read-label-line';
import { debrisReason, findDates, followedName, type HeaderLine, isEndMark, isSectionLabel, readCaption, readHeaderLine, readPartialDateLine, toLines } from './read-page-lines';
import { splitParagraphs } from './split-paragraphs';
import { takeHeaderLine, takeHeaderText, takeLabel } from './take-header-fields';

/**
 * Reads an article copied as plain text from a news page, as a person would.
 *
 * - Labels ("TITLE:", "SOURCE:", "DATE:", "BY:", "URL:", see readLabelLine),
 *   anywhere, fill the field they name and are never text. A "TITLE:" label
 *   gives the title; "SOURCE: VOA News, 2013" the publication and a date.
 * - Header: before the first paragraph, in any order, byline and date lines
 *   ("By …", "Jane Doe, VOA News", "Posted by … on …", "Sept. 8, 2004",
 *   "Updated: 12/03/2019 …") fill `author` and `published`; a byline's
 *   affiliation that names a newsroom fills `publication`.
 * - Title: the first other line, unless a label gave it, or the line reads as
 *   a paragraph (over 30 words, a long sentence, or opening with a dateline),
 *   when there is no title and the teacher is told. A section label above it
 *   ("News", "World / Asia") and a press office's contact lines ("Phone:",
 *   a release number) are dropped; a headline broken over two lines is
 *   joined (see find-headline.ts).
 * - Dek: a line of at most 60 words after the title, before any byline or
 *   date, and followed (blank lines and debris aside) by a byline, a date, a
 *   label, the first photo caption or a paragraph opening with a dateline —
 *   the layout of a news page.
 * - Header block: the short lines between the title and the last byline or
 *   date ("Press Statement", a name and job title on lines of their own, a
 *   place) are header, never text: see takeHeaderText.
 * - A press release's end mark ("-end-", "###") ends the text: the contacts
 *   and notes after it are dropped.
 * - Anywhere: debris lines (see debrisReason) are dropped; the first photo
 *   caption becomes `image`, repeats of it and other captions are dropped.
 * - Byline and date lines after the last paragraph are read the same way. A
 *   numeric date that could be either way round ("12/03/2019") is read the
 *   way the text writes its other dates ("October 30": month first).
 * - Paragraphs: see splitParagraphs; a dateline stays with its paragraph,
 *   and gives the date when no other line does.
 *
 * Everything read carries its line number, and every guess is a doubt with
 * the line it is about, for the teacher to check.
 */
type Line = SourceLine;

export function readPlainArticle(source: string): PlainArticle {
  const lines = numberLines(source);
  const article: PlainArticle = { title: '', paragraphs: [], lines: { paragraphs: [] }, dropped: [], doubts: [] };
  const drop = (line: Line, reason: string) => article.dropped.push({ line: line.line, text: line.text, reason });
  const doubt = (line: number, note: string, untilDated = false) => article.doubts.push({ line, note, ...(untilDated ? { untilDated } : {}) });
  const end = lines.findIndex((line) => isEndMark(line.text));
  if (end !== -1) for (const line of lines.splice(end)) if (line.text !== '') drop(line, 'the end mark and after');
  const titleLabelled = lines.some((line) => readLabelLine(line.text)?.field === 'title');

  const body: Line[] = [];
  let inHeader = true;
  let titleSeen = titleLabelled;
  let bylineOrDateSeen = false;
  /** The header block after the title (see headerBlock): its last line's index, and whether it holds a byline. */
  let block = titleLabelled ? headerBlock(lines, -1) : { end: -1, byline: false };
  for (const [i, line] of lines.entries()) {
    if (line.text === '') {
      if (!inHeader) body.push(line);
      continue;
    }
    const debris = debrisReason(line.text);
    const label = debris ? null : readLabelLine(line.text);
    const caption = debris || label ? null : readCaption(line.text);
    const header = debris || label || caption || !inHeader ? null : readHeaderLine(line.text);
    const after = lines.slice(i + 1);
    if (debris) {
      drop(line, debris);
      article.authorHint ??= followedName(line.text) ?? undefined;
    } else if (label && (inHeader || isMetadataLabel(label))) {
      takeLabel(article, line, label, drop, doubt);
    } else if (caption) {
      const repeated = article.image?.caption === caption.caption && article.image.credit === caption.credit;
      if (article.image) drop(line, repeated ? 'repeated photo caption' : 'another photo caption');
      else article.image = caption;
    } else if (header) {
      bylineOrDateSeen = true;
      if (!takeHeaderLine(article, line, header)) drop(line, header.author ? 'another byline' : 'another date');
    } else if (inHeader && readPartialDateLine(line.text)) {
      drop(line, 'date without a day');
      doubt(line.line, `"${line.text}" gives no day: write published as YYYY-MM-DD`);
    } else if (inHeader && !titleSeen && isSectionLabel(line.text) && headlineFollows(after)) {
      drop(line, 'section label');
    } else if (inHeader && !titleSeen && contactBlockFollows(line, after)) {
      drop(line, 'press contact');
    } else if (inHeader && !titleSeen && readsAsTitle(line.text)) {
      titleSeen = true;
      article.title = line.text;
      article.lines.title = line.line;
      block = headerBlock(lines, i);
    } else if (inHeader && titleSeen && article.lines.title === line.line - 1 && continuesTitle(article.title, line.text)) {
      article.title = `${article.title} ${line.text}`;
    } else if (inHeader && titleSeen && takeHeaderText(article, line, after, { bylineOrDateSeen, inBlock: i <= block.end, blockByline: block.byline }, drop, doubt)) {
      bylineOrDateSeen ||= article.author !== undefined;
    } else {
      inHeader = false;
      body.push(line);
    }
  }
  takeTrailingHeader(article, body, drop);
  if (article.author) delete article.authorHint;
  const { paragraphs, doubts } = splitParagraphs(body);
  article.paragraphs = paragraphs.map((paragraph) => paragraph.text);
  article.lines.paragraphs = paragraphs.map((paragraph) => paragraph.line);
  article.doubts.push(...doubts);
  if (!article.title && lines.length > 0) {
    doubt(lines.find((line) => line.text !== '')?.line ?? 1, 'no line reads as a headline (the text starts with a paragraph): add the headline as the first line, or a line TITLE: …');
  }
  if (!article.dateLine) dateFromDateline(article);
  if (article.dateLine?.ambiguous) settleDateOrder(article, source, doubt);
  if (article.published) article.doubts = article.doubts.filter((d) => !d.untilDated);
  article.doubts.sort((a, b) => a.line - b.line);
  return article;
}

/**
 * Byline and date lines after the last paragraph ("Published October 30,
 * 2013", "By Jane Doe"), as some pages print them: read into fields still
 * empty, otherwise dropped, never text. Takes them off the end of `body`.
 */
function takeTrailingHeader(article: PlainArticle, body: Line[], drop: (line: Line, reason: string) => void): void {
  const trailing: { line: Line; header: HeaderLine }[] = [];
  for (let last = body.at(-1); last !== undefined; last = body.at(-1)) {
    const header = last.text === '' ? null : readHeaderLine(last.text);
    if (last.text !== '' && !header) break;
    body.pop();
    if (header) trailing.unshift({ line: last, header });
  }
  // Only the end of the text: a paragraph must remain.
  if (!body.some((line) => line.text !== '')) {
    body.push(...trailing.map(({ line }) => line));
    return;
  }
  for (const { line, header } of trailing) if (!takeHeaderLine(article, line, header)) drop(line, header.author ? 'another byline' : 'another date');
}

/** Below the header, only a short label of the article's own fields ("Source: Reuters", "URL: …") is taken for one, so a line of text is never. */
function isMetadataLabel({ field, value }: LabelLine): boolean {
  return ['title', 'author', 'date', 'source', 'url'].includes(field) && countWords(value) <= 20;
}

/** The lines from the first non-blank one to the last, trimmed and numbered. */
function numberLines(source: string): Line[] {
  const texts = toLines(source).map((text) => text.trim());
  const first = texts.findIndex((text) => text !== '');
  if (first === -1) return [];
  while (texts.at(-1) === '') texts.pop();
  return texts.slice(first).map((text, n) => ({ line: first + n + 1, text }));
}

function kindOf(text: string) {
  if (text === '') return 'blank';
  if (debrisReason(text)) return 'debris';
  if (readLabelLine(text)) return 'label';
  if (readCaption(text)) return 'caption';
  if (readHeaderLine(text)) return 'header';
  return 'text';
}

/** Whether the next non-blank line looks like a headline: three words or more, and not a caption, byline, date, label or debris line. */
function headlineFollows(after: readonly Line[]): boolean {
  const headline = after.find((line) => line.text !== '');
  return headline !== undefined && countWords(headline.text) >= 3 && !isSectionLabel(headline.text) && kindOf(headline.text) === 'text';
}

/** An ambiguous numeric date ("12/03/2019") read the way the text writes its other dates, and said. */
function settleDateOrder(article: PlainArticle, source: string, doubt: (line: number, note: string) => void): void {
  const { dateLine } = article;
  const order = dateOrderOf(source);
  const iso = dateLine && order ? readNumericDate(dateLine.text, order) : null;
  if (!dateLine || !order || !iso) return;
  article.published = iso;
  dateLine.ambiguous = false;
  doubt(dateLine.line, `the date could be read either way round: read ${order}, as ${iso}, the way the text writes its other dates; check it`);
}

/** With no date line, a date in the first paragraph's dateline ("WASHINGTON, Oct. 3, 2013 —") is the publication date. */
function dateFromDateline(article: PlainArticle): void {
  const first = article.paragraphs[0];
  const dateline = first ? readDateline(first) : null;
  const date = dateline ? findDates(dateline)[0] : undefined;
  const line = article.lines.paragraphs[0];
  if (!date || line === undefined) return;
  article.dateLine = { line, text: dateline ?? '', ambiguous: date.iso === null };
  if (date.iso) article.published = date.iso;
}
