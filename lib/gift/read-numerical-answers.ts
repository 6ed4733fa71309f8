import { GiftSyntaxError, readWeight, splitAnswers, splitFeedback, type AnswerPiece } from './answer-pieces';
import type { GiftNumber, GiftNumberValue, GiftText } from './gift-question';
import { restoreEscapes } from './protect-escapes';
import { feedbackText, type AnswerBlock } from './read-answers';

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
