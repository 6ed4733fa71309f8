import type { Position } from '@/lib/check';

import type { GiftAnswer, GiftFormat, GiftNumber, GiftNumberValue, GiftPair, GiftText } from './gift-question';

/**
 * Reading the texts of a GIFT question and the answers inside its braces:
 * escapes, "[format]" prefixes, answer markers, weights and feedback. A
 * mistake throws a GiftSyntaxError at its offset; parse-gift.ts turns it into
 * a line and column.
 */
export class GiftSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
    this.name = 'GiftSyntaxError';
  }
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

const FORMATS: readonly GiftFormat[] = ['moodle', 'html', 'markdown', 'plain'];

/**
 * A piece of question, answer or feedback text as Moodle reads it: trimmed,
 * an optional "[html]", "[markdown]", "[plain]" or "[moodle]" prefix taken as
 * its format (else the question's format), escapes resolved.
 */
export function readGiftText(protectedText: string, defaultFormat: GiftFormat = 'moodle'): GiftText {
  const text = protectedText.trim();
  const prefix = /^\[([a-z]+)\]/.exec(text);
  const format = FORMATS.find((f) => f === prefix?.[1]);
  if (prefix && format) return { text: restoreEscapes(text.slice(prefix[0].length)).trim(), format };
  return { text: restoreEscapes(text).trim(), format: defaultFormat };
}

/** Feedback text, or null when there is none or it is empty. */
export const feedbackText = (feedback: string | null, format: GiftFormat): GiftText | null => {
  const read = feedback === null ? null : readGiftText(feedback, format);
  return read && read.text !== '' ? read : null;
};

/** The inside of a question's braces, without its "####" general feedback. */
export interface AnswerBlock {
  /** Protected text (see protectEscapes). */
  text: string;
  /** Where `text` starts in the block's text. */
  offset: number;
  /** The question's format, the default for its answers and feedback. */
  format: GiftFormat;
  locate: (offset: number) => Position;
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
function splitAnswers(text: string, offset: number, markers: string): AnswerPiece[] {
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

/** The "%50%" weight at the start of an answer, in percent, and the rest; null when none is written. */
function readWeight(piece: AnswerPiece): { weight: number | null; rest: string } {
  const match = WEIGHT.exec(piece.body);
  if (!match) {
    if (/^\s*%/.test(piece.body)) throw new GiftSyntaxError(piece.offset, 'write a weight as a percentage between -100 and 100 in percent signs, like ~%50%');
    return { weight: null, rest: piece.body };
  }
  const weight = Number(match[1]);
  if (Math.abs(weight) > 100) throw new GiftSyntaxError(piece.offset, `the weight ${match[1]}% is outside -100% to 100%`);
  return { weight, rest: piece.body.slice(match[0].length) };
}

/** An answer's text and the feedback after its first "#". */
function splitFeedback(text: string): { text: string; feedback: string | null } {
  const hash = text.indexOf('#');
  return hash < 0 ? { text, feedback: null } : { text: text.slice(0, hash), feedback: text.slice(hash + 1) };
}

function readAnswer(piece: AnswerPiece, block: AnswerBlock, defaultWeight: number): GiftAnswer {
  const { weight, rest } = readWeight(piece);
  const { text, feedback } = splitFeedback(rest);
  const answer = readGiftText(text, block.format);
  if (answer.text === '') throw new GiftSyntaxError(piece.offset, piece.marker ? `an empty answer after "${piece.marker}"` : 'an empty answer');
  return { text: answer, weight: weight ?? defaultWeight, feedback: feedbackText(feedback, block.format), at: block.locate(piece.offset) };
}

/** "{=right ~wrong ~%50%half}": every answer with its weight, 100 for "=" and 0 for "~" unless one is written. */
export function readChoices(block: AnswerBlock): GiftAnswer[] {
  const answers = splitAnswers(block.text, block.offset, '~=').map((piece) => {
    if (piece.marker === '') throw new GiftSyntaxError(piece.offset, 'text before the first answer: start every answer with = (right) or ~ (wrong)');
    const answer = readAnswer(piece, block, piece.marker === '=' ? 100 : 0);
    if (piece.marker === '=' && answer.weight !== 100) throw new GiftSyntaxError(piece.offset, 'in multiple choice "=" already means 100%: write a weight after "~", like ~%50%');
    return answer;
  });
  if (answers.length < 2) throw new GiftSyntaxError(block.offset, 'a multiple-choice question needs at least two answers');
  return answers;
}

/** "{=answer =other answer =%50%half right}": every accepted answer, 100% unless a weight is written. */
export function readShortAnswers(block: AnswerBlock): GiftAnswer[] {
  return splitAnswers(block.text, block.offset, '=').map((piece) => readAnswer(piece, block, 100));
}

/** "{=item -> match =item -> match = -> extra}": the pairs; an empty item is an extra answer. */
export function readPairs(block: AnswerBlock): GiftPair[] {
  const pairs = splitAnswers(block.text, block.offset, '=').map((piece) => {
    const arrow = piece.body.indexOf('->');
    if (arrow < 0) throw new GiftSyntaxError(piece.offset, 'write every pair of a matching question as =item -> match');
    const match = readGiftText(piece.body.slice(arrow + 2), 'plain').text;
    if (match === '') throw new GiftSyntaxError(piece.offset, 'a pair with nothing after "->"');
    return { item: readGiftText(piece.body.slice(0, arrow), block.format), match, at: block.locate(piece.offset) };
  });
  if (pairs.length < 2) throw new GiftSyntaxError(block.offset, 'a matching question needs at least two pairs');
  return pairs;
}

/** "{TRUE#shown for the wrong verdict#shown for the right one}". */
export function readTrueFalse(block: AnswerBlock): { answer: boolean; wrongFeedback: GiftText | null; rightFeedback: GiftText | null } {
  const first = block.text.indexOf('#');
  const second = first < 0 ? -1 : block.text.indexOf('#', first + 1);
  const word = (first < 0 ? block.text : block.text.slice(0, first)).trim();
  return {
    answer: word === 'T' || word === 'TRUE',
    wrongFeedback: first < 0 ? null : feedbackText(block.text.slice(first + 1, second < 0 ? undefined : second), block.format),
    rightFeedback: second < 0 ? null : feedbackText(block.text.slice(second + 1), block.format),
  };
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function number(written: string, piece: AnswerPiece): string {
  const value = restoreEscapes(written).trim();
  if (!NUMBER.test(value)) throw new GiftSyntaxError(piece.offset, value === '' ? 'a numerical answer with no number' : `"${value}" is not a number; write numbers like 1822, 3.14 or -0.5`);
  return value;
}

/** "1822", "1822:5" (give or take 5) or "1820..1824" (from, to). */
function readValue(text: string, piece: AnswerPiece): GiftNumberValue {
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
export function readNumericalAnswers(block: AnswerBlock): { answers: GiftNumber[]; otherFeedback: GiftText | null } {
  const body = block.text.slice(block.text.indexOf('#') + 1);
  const start = block.offset + block.text.indexOf('#') + 1;
  const tilde = body.indexOf('~');
  const answers = splitAnswers(tilde < 0 ? body : body.slice(0, tilde), start, '=').map((piece) => {
    const { weight, rest } = readWeight(piece);
    const { text, feedback } = splitFeedback(rest);
    return { value: readValue(text, piece), weight: weight ?? 100, feedback: feedbackText(feedback, block.format), at: block.locate(piece.offset) };
  });
  if (answers.length === 0) throw new GiftSyntaxError(block.offset, 'a numerical question needs a number after "#", like {#1822}');
  const otherFeedback = tilde < 0 ? null : feedbackText(splitFeedback(body.slice(tilde + 1)).feedback, block.format);
  return { answers, otherFeedback };
}
