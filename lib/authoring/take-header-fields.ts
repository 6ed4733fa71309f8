import { countWords } from '@/lib/content';

import { isPublicationName } from './read-byline';
import { readDateline } from './read-dateline';
import { isDocumentType, isNameLine, isPhotoDescription } from './read-header-block';
import { readLabelLine, readSourceValue, type LabelLine } from './read-label-line';
import { debrisReason, findDates, findPartialDate, type HeaderLine, readCaption, readHeaderLine } from './read-page-lines';
import type { PlainArticle, SourceLine } from './plain-article';

// How a header line or a label fills the article's fields: the first of each wins, and what cannot be used is said.

type Drop = (line: SourceLine, reason: string) => void;
type Note = (line: number, note: string, untilDated?: boolean) => void;

/** Takes the first byline and the first date; false when the line adds neither. */
export function takeHeaderLine(article: PlainArticle, line: SourceLine, { author, affiliation, date }: HeaderLine): boolean {
  const newAuthor = author !== undefined && article.author === undefined;
  if (newAuthor) {
    article.author = author;
    article.lines.author = line.line;
    if (affiliation && article.publication === undefined && isPublicationName(affiliation)) {
      article.publication = affiliation;
      article.lines.publication = line.line;
    }
  }
  if (!date || article.dateLine) return newAuthor;
  article.dateLine = { line: line.line, text: line.text, ambiguous: date.iso === null };
  if (date.iso) article.published = date.iso;
  return true;
}

/** Fills the field a label names; a second label for a field already filled is dropped. */
export function takeLabel(article: PlainArticle, line: SourceLine, label: LabelLine, drop: Drop, doubt: Note): void {
  const { field, value } = label;
  const taken = (reason: string): void => drop(line, reason);
  if (value === '') return taken(`empty ${label.label} label`);
  switch (field) {
    case 'title':
      if (article.title) return taken('another title');
      article.title = value;
      article.lines.title = line.line;
      return;
    case 'dek':
      if (article.dek !== undefined) return taken('another dek');
      article.dek = value;
      article.lines.dek = line.line;
      return;
    case 'author': {
      const header = readHeaderLine(/^by\b/i.test(value) ? value : `By ${value}`);
      if (!header?.author) doubt(line.line, `the ${label.label} label does not read as a name: check the author`);
      const applied = takeHeaderLine(article, line, header?.author ? header : { author: value });
      if (!applied) taken('another byline');
      return;
    }
    case 'date':
      return takeDate(article, line, value, label.label, doubt) ? undefined : taken('another date');
    case 'source':
      return takeSource(article, line, value, label.label, doubt);
    case 'url':
      if (article.url !== undefined || !/^https?:\/\/\S+$/i.test(value)) return taken(article.url ? 'another URL' : 'not a web address');
      article.url = value;
      article.lines.url = line.line;
      return;
    case 'dateline':
      doubt(line.line, `the dateline "${value}" is not added to the text: if the first paragraph should open with it, add it there`);
      return taken('dateline label');
    case 'contact':
    case 'other':
      return taken(`${label.label} label`);
  }
}

/** A date from a label's words; a year or month alone is noted, since `published` needs the day. */
function takeDate(article: PlainArticle, line: SourceLine, words: string, label: string, doubt: Note): boolean {
  if (article.dateLine) return false;
  const date = findDates(words)[0];
  if (date) return takeHeaderLine(article, line, { date });
  const partial = findPartialDate(words);
  doubt(line.line, partial ? `the ${label} label gives "${partial}" but not the day: write published as YYYY-MM-DD` : `the ${label} label holds no date that can be read: write published as YYYY-MM-DD`, true);
  return true;
}

/** "SOURCE: VOA News, 2013": the publication, a date (perhaps only a year) and a web address. */
function takeSource(article: PlainArticle, line: SourceLine, value: string, label: string, doubt: Note): void {
  const { publication, dateText, url } = readSourceValue(value);
  if (publication && article.publication === undefined) {
    article.publication = publication;
    article.lines.publication = line.line;
  }
  if (url && article.url === undefined) {
    article.url = url;
    article.lines.url = line.line;
  }
  if (dateText) takeDate(article, line, dateText, label, doubt);
}


/** What kind of line comes next, as the dek rule weighs it. */
function kindOf(text: string): 'header' | 'label' | 'caption' | 'text' {
  if (readLabelLine(text)) return 'label';
  if (readCaption(text)) return 'caption';
  return readHeaderLine(text) ? 'header' : 'text';
}

/** Inside a header block, a shorter line that is not a sentence is a place or a job title ("Washington, DC", "Secretary of State"), not a dek. */
const MIN_BLOCK_DEK_WORDS = 5;

interface HeaderState {
  bylineOrDateSeen: boolean;
  /** Whether the line is inside the header block after the title, and whether that block holds a byline. */
  inBlock: boolean;
  blockByline: boolean;
}

/**
 * A line of text in the header after the title: a name alone beside a date
 * (a byline without "By"), the dek (its first line, before any byline or
 * date), a newsroom's name under the byline; or, inside the header block, the kind of document ("Press Statement"), a photo
 * caption without a credit, the name of the writer or office when no byline
 * says it, and any other line (a job title, a place), each dropped or read
 * and said. False when the line is the first of the text.
 */
export function takeHeaderText(article: PlainArticle, line: SourceLine, after: readonly SourceLine[], state: HeaderState, drop: Drop, doubt: Note): boolean {
  const next = after.find((entry) => entry.text !== '' && !debrisReason(entry.text));
  const nextKind = next ? kindOf(next.text) : 'text';
  const words = countWords(line.text);
  const nameAlone = words >= 2 && words <= 4 && !/[.!?:]$/.test(line.text) && readHeaderLine(`By ${line.text}`)?.author === line.text;
  const besideDate = (nextKind === 'header' && next !== undefined && readHeaderLine(next.text)?.date !== undefined) || article.dateLine !== undefined;
  if (nameAlone && besideDate && article.author === undefined && !state.blockByline) return takeName(article, line, doubt, 'a name alone beside the date');
  if (isPhotoDescription(line.text) && (state.inBlock || words <= 30)) {
    drop(line, 'photo caption without a credit');
    doubt(line.line, 'this line reads as a photo caption with no credit: dropped from the text; put it under image: with its credit if you want it');
    return true;
  }
  if (isDocumentType(line.text) && state.inBlock) {
    drop(line, 'kind of document');
    return true;
  }
  const headerShaped = state.inBlock && (isNameLine(line.text) || (words < MIN_BLOCK_DEK_WORDS && !/[.!?]["'”’]*$/u.test(line.text)));
  if (!state.bylineOrDateSeen && article.dek === undefined && !readDateline(line.text) && words <= 60 && !headerShaped) {
    // Followed by a byline, a date, a label, the lead photo, or the first paragraph's dateline: the layout of a news page.
    const datelineNext = nextKind === 'text' && next !== undefined && readDateline(next.text) !== null;
    if (nextKind === 'header' || nextKind === 'label' || (nextKind === 'caption' && !article.image) || datelineNext || state.inBlock) {
      article.dek = line.text;
      article.lines.dek = line.line;
      return true;
    }
  }
  if (article.author !== undefined && article.publication === undefined && words <= 5 && isPublicationName(line.text)) {
    article.publication = line.text;
    article.lines.publication = line.line;
    return true;
  }
  if (!state.inBlock) return false;
  if (article.author === undefined && !state.blockByline && isNameLine(line.text)) return takeName(article, line, doubt, 'a name on a line of its own above the text');
  drop(line, 'header line');
  return true;
}

function takeName(article: PlainArticle, line: SourceLine, doubt: Note, why: string): true {
  article.author = line.text;
  article.lines.author = line.line;
  doubt(line.line, `"${line.text}" is read as the byline (${why}): check it is the writer`);
  return true;
}
