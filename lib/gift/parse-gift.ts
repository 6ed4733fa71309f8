import type { Position } from '@/lib/content';
import { collapseWhitespace } from '@/lib/text';

import { GiftSyntaxError, positionIn, restoreEscapes, splitGiftSource, type GiftBlock } from './gift-source';

/**
 * A Moodle GIFT file as written: every question with where it stands in the file, its texts with their formats,
 * its answers with their weights (in percent, as written) and feedback. convert-gift.ts maps them to the app's kinds.
 */
export type GiftFormat = 'moodle' | 'html' | 'markdown' | 'plain';

export interface GiftText {
  /** The text with its escapes resolved and its "[format]" prefix removed. */
  text: string;
  format: GiftFormat;
}

interface Weighted {
  /** Percent of the points: 100 for "=", 0 for a plain "~", else the "%weight%" written. */
  weight: number;
  feedback: GiftText | null;
  at: Position;
}

export type GiftAnswer = Weighted & { text: GiftText };

/** One answer of a numerical question, its numbers as written. */
export type GiftNumber = Weighted & {
  value: { kind: 'exact'; number: string } | { kind: 'tolerance'; number: string; tolerance: string } | { kind: 'range'; min: string; max: string };
};

export interface GiftPair {
  /** Empty for an extra answer that matches no item. */
  item: GiftText;
  match: string;
}

/** What the answer block holds, by the type it makes the question. */
type GiftAnswers =
  | { type: 'multiple-choice'; answers: GiftAnswer[]; /** An "=" marks the right answer: one may be chosen. */ single: boolean }
  | { type: 'true-false'; answer: boolean; /** Shown for the wrong verdict. */ wrongFeedback: GiftText | null; rightFeedback: GiftText | null }
  | { type: 'short-answer'; answers: GiftAnswer[] }
  | { type: 'numerical'; answers: GiftNumber[]; /** The "~#…" feedback for any other number. */ otherFeedback: GiftText | null }
  | { type: 'matching'; pairs: GiftPair[] }
  | { type: 'essay' }
  | { type: 'description' };

export type GiftQuestion = GiftAnswers & {
  /** Where the question starts: its title, or its first word. */
  at: Position;
  title: string | null;
  /** The category the file last set with $CATEGORY:, if any. */
  category: string | null;
  /** The question text; with the answer block in the middle of a sentence, the block is replaced by "_____". */
  stem: GiftText;
  /** Whether the answer block stood in the middle of the text (the "missing word" format). */
  missingWord: boolean;
  /** The "####" feedback, shown whatever the answer. */
  generalFeedback: GiftText | null;
};

export type GiftQuestionType = GiftQuestion['type'];

/** A mistake that stops the file from being read, where it is. */
export interface GiftIssue {
  at: Position;
  message: string;
}

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
    try {
      file.questions.push(readQuestion(item.block, category));
    } catch (error) {
      if (!(error instanceof GiftSyntaxError)) throw error;
      file.errors.push({ at: positionIn(item.block, error.offset), message: error.message });
    }
  }
  return file;
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
  const braces = findAnswerBlock(text, start);
  if (!braces) return { at, title, category, type: 'description', stem: readGiftText(text.slice(start)), missingWord: false, generalFeedback: null };

  const after = text.slice(braces.close + 1);
  const missingWord = after.trim() !== '';
  const stem = readGiftText(text.slice(start, braces.open) + (missingWord ? `_____${after}` : ''));
  const inside = text.slice(braces.open + 1, braces.close);
  const general = inside.lastIndexOf('####');
  const generalFeedback = general < 0 ? null : feedbackText(inside.slice(general + 4), stem.format);
  const answers = { text: general < 0 ? inside : inside.slice(0, general), offset: braces.open + 1, format: stem.format, locate: (offset: number) => positionIn(block, offset) };
  return { at, title, category, stem, missingWord, generalFeedback, ...readAnswers(answers) };
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

/** The inside of a question's braces, without its "####" general feedback. */
interface AnswerBlock {
  /** Protected text (see protectEscapes). */
  text: string;
  /** Where `text` starts in the block's text. */
  offset: number;
  /** The question's format, the default for its answers and feedback. */
  format: GiftFormat;
  locate: (offset: number) => Position;
}

/** Moodle's rules: empty braces, an essay; "#", numerical; "~", multiple choice; "=" and "->", matching; T or F, true-false; else short answer. */
function readAnswers(block: AnswerBlock): GiftAnswers {
  const text = block.text.trim();
  if (text === '') return { type: 'essay' };
  if (text.startsWith('#')) return { type: 'numerical', ...readNumericalAnswers(block) };
  if (text.includes('~')) return { type: 'multiple-choice', answers: readChoices(block), single: text.includes('=') };
  if (text.includes('=') && text.includes('->')) return { type: 'matching', pairs: readPairs(block) };
  // "{TRUE#shown for the wrong verdict#shown for the right one}"
  const [verdict = '', wrong = null, ...right] = block.text.split('#');
  if (!['T', 'TRUE', 'F', 'FALSE'].includes(verdict.trim())) return { type: 'short-answer', answers: splitAnswers(block, '=').map((piece) => readAnswer(piece, block, 100)) };
  return {
    type: 'true-false',
    answer: verdict.trim().startsWith('T'),
    wrongFeedback: feedbackText(wrong, block.format),
    rightFeedback: feedbackText(right.length > 0 ? right.join('#') : null, block.format),
  };
}

const FORMATS: readonly GiftFormat[] = ['moodle', 'html', 'markdown', 'plain'];

/**
 * A piece of question, answer or feedback text as Moodle reads it: trimmed,
 * an optional "[html]", "[markdown]", "[plain]" or "[moodle]" prefix taken as
 * its format (else the question's format), escapes resolved.
 */
function readGiftText(protectedText: string, defaultFormat: GiftFormat = 'moodle'): GiftText {
  const text = protectedText.trim();
  const format = FORMATS.find((f) => text.startsWith(`[${f}]`));
  return { text: restoreEscapes(format ? text.slice(format.length + 2) : text).trim(), format: format ?? defaultFormat };
}

/** Feedback text, or null when there is none or it is empty. */
function feedbackText(feedback: string | null, format: GiftFormat): GiftText | null {
  const read = feedback === null ? null : readGiftText(feedback, format);
  return read && read.text !== '' ? read : null;
}

/** One answer of an answer block: the character that starts it ("=", "~", or "" for text before any) and what follows. */
interface AnswerPiece {
  marker: string;
  /** Protected text, untrimmed. */
  body: string;
  /** Where the piece starts in the block's text: its marker, or its first character. */
  offset: number;
}

/**
 * Cuts an answer block before every marker character, as Moodle does: in
 * "~a =b" every unescaped "~" and "=" starts an answer, wherever it stands.
 * Text before the first marker comes first, with the marker "".
 */
function splitAnswers({ text, offset }: Pick<AnswerBlock, 'text' | 'offset'>, markers: string): AnswerPiece[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) if (markers.includes(text[i] as string)) starts.push(i);
  const pieces: AnswerPiece[] = [];
  const lead = text.slice(0, starts[0] ?? text.length);
  if (lead.trim() !== '') pieces.push({ marker: '', body: lead, offset: offset + lead.search(/\S/) });
  starts.forEach((start, i) => {
    pieces.push({ marker: text[start] as string, body: text.slice(start + 1, starts[i + 1] ?? text.length), offset: offset + start });
  });
  return pieces;
}

const WEIGHT = /^\s*%(-?\d+(?:\.\d+)?)%/;

/** A piece's "%50%" weight (else the default), its text, and its feedback: what follows its first "#". */
function readWeighted(piece: AnswerPiece, block: AnswerBlock, defaultWeight: number): Weighted & { text: string } {
  const match = WEIGHT.exec(piece.body);
  if (!match && /^\s*%/.test(piece.body)) throw new GiftSyntaxError(piece.offset, 'write a weight as a percentage between -100 and 100 in percent signs, like ~%50%');
  const weight = match ? Number(match[1]) : defaultWeight;
  if (Math.abs(weight) > 100) throw new GiftSyntaxError(piece.offset, `the weight ${match?.[1]}% is outside -100% to 100%`);
  const [text = '', ...feedback] = piece.body.slice(match?.[0].length ?? 0).split('#');
  return { weight, text, feedback: feedbackText(feedback.length > 0 ? feedback.join('#') : null, block.format), at: block.locate(piece.offset) };
}

function readAnswer(piece: AnswerPiece, block: AnswerBlock, defaultWeight: number): GiftAnswer {
  const { text, ...answer } = readWeighted(piece, block, defaultWeight);
  const read = readGiftText(text, block.format);
  if (read.text === '') throw new GiftSyntaxError(piece.offset, piece.marker ? `an empty answer after "${piece.marker}"` : 'an empty answer');
  return { text: read, ...answer };
}

/** "{=right ~wrong ~%50%half}": every answer with its weight, 100 for "=" and 0 for "~" unless one is written. */
function readChoices(block: AnswerBlock): GiftAnswer[] {
  const answers = splitAnswers(block, '~=').map((piece) => {
    if (piece.marker === '') throw new GiftSyntaxError(piece.offset, 'text before the first answer: start every answer with = (right) or ~ (wrong)');
    const answer = readAnswer(piece, block, piece.marker === '=' ? 100 : 0);
    if (piece.marker === '=' && answer.weight !== 100) throw new GiftSyntaxError(piece.offset, 'in multiple choice "=" already means 100%: write a weight after "~", like ~%50%');
    return answer;
  });
  if (answers.length < 2) throw new GiftSyntaxError(block.offset, 'a multiple-choice question needs at least two answers');
  return answers;
}

/** "{=item -> match =item -> match = -> extra}": the pairs; an empty item is an extra answer. */
function readPairs(block: AnswerBlock): GiftPair[] {
  const pairs = splitAnswers(block, '=').map((piece) => {
    const arrow = piece.body.indexOf('->');
    if (arrow < 0) throw new GiftSyntaxError(piece.offset, 'write every pair of a matching question as =item -> match');
    const match = readGiftText(piece.body.slice(arrow + 2), 'plain').text;
    if (match === '') throw new GiftSyntaxError(piece.offset, 'a pair with nothing after "->"');
    return { item: readGiftText(piece.body.slice(0, arrow), block.format), match };
  });
  if (pairs.length < 2) throw new GiftSyntaxError(block.offset, 'a matching question needs at least two pairs');
  return pairs;
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function number(written: string, piece: AnswerPiece): string {
  const value = restoreEscapes(written).trim();
  if (!NUMBER.test(value)) throw new GiftSyntaxError(piece.offset, value === '' ? 'a numerical answer with no number' : `"${value}" is not a number; write numbers like 1822, 3.14 or -0.5`);
  return value;
}

/** "1822", "1822:5" (give or take 5) or "1820..1824" (from, to). */
function readValue(text: string, piece: AnswerPiece): GiftNumber['value'] {
  const dots = text.indexOf('..');
  if (dots > 0) {
    const [min, max] = [number(text.slice(0, dots), piece), number(text.slice(dots + 2), piece)];
    if (Number(min) > Number(max)) throw new GiftSyntaxError(piece.offset, `the range ${min}..${max} ends before it starts`);
    return { kind: 'range', min, max };
  }
  const colon = text.indexOf(':');
  if (colon > 0) {
    const tolerance = number(text.slice(colon + 1), piece);
    if (Number(tolerance) < 0) throw new GiftSyntaxError(piece.offset, `the margin ${tolerance} is negative`);
    return { kind: 'tolerance', number: number(text.slice(0, colon), piece), tolerance };
  }
  return { kind: 'exact', number: number(text, piece) };
}

/**
 * "{#1822:5}" or "{#=1822:0 =%50%1822:2 ~#feedback for any other number}":
 * every number with its weight (100 unless one is written) and feedback.
 * `block.text` starts with the "#".
 */
function readNumericalAnswers(block: AnswerBlock): { answers: GiftNumber[]; otherFeedback: GiftText | null } {
  const start = block.text.indexOf('#') + 1;
  const [numbers = '', ...other] = block.text.slice(start).split('~');
  const answers = splitAnswers({ text: numbers, offset: block.offset + start }, '=').map((piece) => {
    const { text, ...answer } = readWeighted(piece, block, 100);
    return { value: readValue(text, piece), ...answer };
  });
  if (answers.length === 0) throw new GiftSyntaxError(block.offset, 'a numerical question needs a number after "#", like {#1822}');
  const [, ...otherFeedback] = other.join('~').split('#');
  return { answers, otherFeedback: feedbackText(otherFeedback.length > 0 ? otherFeedback.join('#') : null, block.format) };
}
