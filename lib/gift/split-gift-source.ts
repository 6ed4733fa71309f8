import type { Position } from '@/lib/check';

import { protectEscapes } from './protect-escapes';

/** The lines of one question: a run of lines between blank lines. */
export interface GiftBlock {
  /** The lines joined with "\n", comment lines emptied, escapes protected (see protect-escapes.ts). */
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
  source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((line, i) => {
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
    });
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
