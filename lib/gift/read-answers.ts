import type { Position } from '@/lib/check';

import { GiftSyntaxError, readWeight, splitAnswers, splitFeedback, type AnswerPiece } from './answer-pieces';
import type { GiftAnswer, GiftFormat, GiftPair, GiftText } from './gift-question';
import { readGiftText } from './read-gift-text';

/** The inside of a question's braces, without its "####" general feedback. */
export interface AnswerBlock {
  /** Protected text (see protect-escapes.ts). */
  text: string;
  /** Where `text` starts in the block's text. */
  offset: number;
  /** The question's format, the default for its answers and feedback. */
  format: GiftFormat;
  locate: (offset: number) => Position;
}

/** Feedback text, or null when there is none or it is empty. */
export const feedbackText = (feedback: string | null, format: GiftFormat): GiftText | null => {
  const read = feedback === null ? null : readGiftText(feedback, format);
  return read && read.text !== '' ? read : null;
};

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
