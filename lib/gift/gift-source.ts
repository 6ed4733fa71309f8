import type { Position } from '@/lib/content';

/**
 * A GIFT file as blocks of lines, before any question is read: where each
 * question's lines stand, the categories between them, and the escapes
 * protected so the question reader can look for control characters plainly
 * while every offset still points into the file. parse-gift.ts reads each
 * block as a question.
 */

/** The lines of one question: a run of lines between blank lines. */
export interface GiftBlock {
  /** The lines joined with "\n", comment lines emptied, escapes protected (see protectEscapes). */
  text: string;
  /** The 1-based line of the block's first line in the file. */
  firstLine: number;
  /** The same lines as in `text`, unprotected, for columns. */
  lines: readonly string[];
}

export type GiftSourceItem = { kind: 'block'; block: GiftBlock } | { kind: 'category'; name: string; at: Position };

const COMMENT = /^\s*\/\//;
const CATEGORY = /^(\s*)\$CATEGORY:(.*)$/;

/**
 * Splits a GIFT file as Moodle does: questions are separated by blank lines,
 * and a line starting with "//" is a comment. A "$CATEGORY:" line names the
 * category of the questions after it; unlike Moodle, it need not stand alone
 * in its block.
 */
export function splitGiftSource(source: string): GiftSourceItem[] {
  const items: GiftSourceItem[] = [];
  let lines: string[] = [];
  let firstLine = 0;
  const close = () => {
    if (lines.some((line) => line.trim() !== '')) items.push({ kind: 'block', block: { text: protectEscapes(lines.join('\n')), firstLine, lines } });
    lines = [];
  };
  for (const [i, line] of source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).entries()) {
    const category = CATEGORY.exec(line);
    if (category) {
      close();
      items.push({ kind: 'category', name: (category[2] as string).trim(), at: { line: i + 1, column: (category[1] as string).length + 1 } });
    } else if (line.trim() === '') {
      close();
    } else {
      if (lines.length === 0) firstLine = i + 1;
      lines.push(COMMENT.test(line) ? '' : line);
    }
  }
  close();
  return items;
}

/** The line and column (1-based, in characters) of an offset in a block's text. */
export function positionIn(block: GiftBlock, offset: number): Position {
  let rest = offset;
  for (const [i, line] of block.lines.entries()) {
    if (rest <= line.length) return { line: block.firstLine + i, column: [...line.slice(0, rest)].length + 1 };
    rest -= line.length + 1;
  }
  const last = block.lines.length - 1;
  return { line: block.firstLine + last, column: [...(block.lines[last] ?? '')].length + 1 };
}

/**
 * GIFT escapes its control characters with a backslash: `\~ \= \# \{ \} \:`,
 * `\\` for a backslash and `\n` for a line break. Before parsing, each escape
 * becomes two private-use characters, so the parser can look for control
 * characters plainly while every offset still points at the same place in
 * the file; `restoreEscapes` then turns them into the characters meant.
 */
const MARK = '\uE000';
const SHIFT = 0xe100;

export function protectEscapes(text: string): string {
  return text.replace(/\\([\\~=#{}:n])/g, (_, char: string) => MARK + String.fromCharCode(SHIFT + char.charCodeAt(0)));
}

export function restoreEscapes(text: string): string {
  return text.replace(/\uE000([\uE100-\uE17F])/g, (_, code: string) => {
    const char = String.fromCharCode(code.charCodeAt(0) - SHIFT);
    return char === 'n' ? '\n' : char;
  });
}

/** A mistake at an offset of a block's text; parseGift turns it into a line and column. */
export class GiftSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}
