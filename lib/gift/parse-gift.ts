import type { Position } from '@/lib/check';
import { collapseWhitespace } from '@/lib/text';

import type { GiftIssue, GiftQuestion } from './gift-question';
import {
  type AnswerBlock,
  feedbackText,
  GiftSyntaxError,
  protectEscapes,
  readChoices,
  readGiftText,
  readNumericalAnswers,
  readPairs,
  readShortAnswers,
  readTrueFalse,
  restoreEscapes,
} from './read-gift-answers';

export interface GiftFile {
  questions: GiftQuestion[];
  /** Every "$CATEGORY:" in the file, in order. */
  categories: { name: string; at: Position }[];
  /** What stops the file from being read; one at most per question. */
  errors: GiftIssue[];
}

/** Reads a whole GIFT file: every question, category and syntax error, with its line and column. */
export function parseGift(source: string): GiftFile {
  const file: GiftFile = { questions: [], categories: [], errors: [] };
  let category: string | null = null;
  for (const item of splitGiftSource(source)) {
    if (item.kind === 'category') {
      category = item.name;
      file.categories.push({ name: item.name, at: item.at });
      continue;
    }
    const parsed = parseGiftQuestion(item.block, category);
    if (parsed.ok) file.questions.push(parsed.question);
    else file.errors.push(parsed.error);
  }
  return file;
}

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

export type ParsedQuestion = { ok: true; question: GiftQuestion } | { ok: false; error: GiftIssue };

/** Reads one question from its block of lines, or says what is wrong with it and where. */
export function parseGiftQuestion(block: GiftBlock, category: string | null): ParsedQuestion {
  try {
    return { ok: true, question: readQuestion(block, category) };
  } catch (error) {
    if (!(error instanceof GiftSyntaxError)) throw error;
    return { ok: false, error: { at: positionIn(block, error.offset), message: error.message } };
  }
}

function readQuestion(block: GiftBlock, category: string | null): GiftQuestion {
  const { text } = block;
  let start = text.search(/\S/);
  const at = positionIn(block, start);
  let title: string | null = null;
  if (text.startsWith('::', start)) {
    const end = text.indexOf('::', start + 2);
    if (end < 0) throw new GiftSyntaxError(start, 'the title is not closed: write it as ::Title:: before the question');
    title = collapseWhitespace(restoreEscapes(text.slice(start + 2, end))).trim() || null;
    start = end + 2;
  }
  const base = { at, title, category };
  const braces = findAnswerBlock(text, start);
  if (!braces) return { ...base, type: 'description', stem: readGiftText(text.slice(start)), missingWord: false, generalFeedback: null };

  const after = text.slice(braces.close + 1);
  const missingWord = after.trim() !== '';
  const stem = readGiftText(text.slice(start, braces.open) + (missingWord ? `_____${after}` : ''));
  const inside = text.slice(braces.open + 1, braces.close);
  const general = inside.lastIndexOf('####');
  const answers: AnswerBlock = { text: general < 0 ? inside : inside.slice(0, general), offset: braces.open + 1, format: stem.format, locate: (offset) => positionIn(block, offset) };
  const question = { ...base, stem, missingWord, generalFeedback: general < 0 ? null : feedbackText(inside.slice(general + 4), stem.format) };
  const type = answerType(answers.text);
  switch (type) {
    case 'essay':
      return { ...question, type };
    case 'numerical':
      return { ...question, type, ...readNumericalAnswers(answers) };
    case 'multiple-choice':
      return { ...question, type, answers: readChoices(answers), single: answers.text.includes('=') };
    case 'matching':
      return { ...question, type, pairs: readPairs(answers) };
    case 'true-false':
      return { ...question, type, ...readTrueFalse(answers) };
    default:
      return { ...question, type: 'short-answer', answers: readShortAnswers(answers) };
  }
}

const BRACES_HINT = 'put a blank line between two questions, or write \\{ and \\} for braces in the text';

/** Where the answer block is: the offsets of its "{" and "}", or null for a description. */
function findAnswerBlock(text: string, from: number): { open: number; close: number } | null {
  const open = text.indexOf('{', from);
  const close = text.indexOf('}', from);
  if (open < 0 && close < 0) return null;
  if (open < 0 || (close >= 0 && close < open)) throw new GiftSyntaxError(close, `a "}" with no "{" before it; ${BRACES_HINT}`);
  if (close < 0) throw new GiftSyntaxError(open, 'this answer block is not closed with "}"; a blank line ends a question, so an answer block cannot hold one');
  const again = text.slice(close + 1).search(/[{}]/);
  if (again >= 0) throw new GiftSyntaxError(close + 1 + again, `a second answer block in one question; ${BRACES_HINT}`);
  return { open, close };
}

const TRUE_FALSE = ['T', 'TRUE', 'F', 'FALSE'];

/** Moodle's rules: no braces, a description; empty braces, an essay; "#", numerical; "~", multiple choice; "=" and "->", matching; T or F, true-false; else short answer. */
function answerType(text: string): GiftQuestion['type'] {
  const answers = text.trim();
  if (answers === '') return 'essay';
  if (answers.startsWith('#')) return 'numerical';
  if (answers.includes('~')) return 'multiple-choice';
  if (answers.includes('=') && answers.includes('->')) return 'matching';
  return TRUE_FALSE.includes(answers.split('#')[0]?.trim() ?? '') ? 'true-false' : 'short-answer';
}
