import { countWords } from '@/lib/content';

import type { SourceLine } from './plain-article';
import { readDateline } from './read-dateline';
import { isShortHeaderLine } from './read-header-block';
import { readLabelLine } from './read-label-line';
import { debrisReason, readCaption, readHeaderLine, readPartialDateLine } from './read-page-lines';

// Where the headline and the header around it are, judged from the lines that follow: the title, its second line, the header block, a contact block.

type Line = SourceLine;

const MAX_TITLE_WORDS = 30;
/** A header block holds at most this many lines of text besides bylines, dates and labels. */
const MAX_BLOCK_LINES = 8;

/**
 * The header block after the title at `titleIndex`: the lines up to the last
 * byline, date or label that can be reached from the title over short lines
 * only (see isShortHeaderLine; the first line may be a longer dek), so a
 * press office's "Press Statement" / name / title / place / date lines are
 * read as a header, never as text. `end` is -1 when no such line follows.
 */
export function headerBlock(lines: readonly Line[], titleIndex: number): { end: number; byline: boolean } {
  let end = -1;
  let byline = false;
  let textLines = 0;
  for (let j = titleIndex + 1; j < lines.length && textLines < MAX_BLOCK_LINES; j += 1) {
    const text = lines[j]?.text ?? '';
    if (text === '' || debrisReason(text)) continue;
    if (readCaption(text)) continue;
    const header = readLabelLine(text) ? null : readHeaderLine(text);
    if (header || readLabelLine(text) || readPartialDateLine(text)) {
      end = j;
      byline ||= header?.author !== undefined;
      continue;
    }
    textLines += 1;
    if (!isShortHeaderLine(text) && !(textLines === 1 && countWords(text) <= 60)) break;
  }
  return { end, byline };
}

/** Whether the line starts a press office's contact block: a "Contact:" or "Phone:" label or a release number follows among short lines. */
export function contactBlockFollows(line: Line, after: readonly Line[]): boolean {
  if (!isShortHeaderLine(line.text)) return false;
  for (const next of after.filter((entry) => entry.text !== '').slice(0, 6)) {
    if (readLabelLine(next.text)?.field === 'contact' || debrisReason(next.text) === 'release number') return true;
    if (!isShortHeaderLine(next.text)) return false;
  }
  return false;
}

/**
 * A headline broken over two lines, the second right under the first: both
 * in capitals, or the break next to a little word ("… Difficult But" /
 * "Essential", "… Is Difficult" / "But Essential"), or the second line in
 * lower case. Not after a headline that ends a sentence.
 */
const LITTLE = '(?:and|but|or|nor|of|to|the|a|an|in|for|on|with|at|from|as|into|over|after|amid)';

export function continuesTitle(title: string, line: string): boolean {
  if (!isShortHeaderLine(line) || readHeaderLine(line) || readDateline(line)) return false;
  const capitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  if (/[.!?]["'”’]*$/u.test(title)) return false;
  return (capitals(title) && capitals(line)) || new RegExp(`\\s${LITTLE}$`, 'i').test(title) || new RegExp(`^${LITTLE}\\s`, 'i').test(line) || /^\p{Ll}/u.test(line);
}

/** A headline is short, and does not read as a paragraph: a long sentence, or one opening with a dateline. */
export function readsAsTitle(text: string): boolean {
  const words = countWords(text);
  if (words > MAX_TITLE_WORDS) return false;
  if (words > 15 && /[.]["'”’)]*$/.test(text)) return false;
  return !(words > 8 && readDateline(text));
}
