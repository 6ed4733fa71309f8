/** A mistake at an offset of a block's text; parse-gift-question.ts turns it into a line and column. */
export class GiftSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
    this.name = 'GiftSyntaxError';
  }
}

/** One answer of an answer block: the character that starts it ("=", "~", or "" for text before any) and what follows. */
export interface AnswerPiece {
  marker: string;
  /** Protected text (see protect-escapes.ts), untrimmed. */
  body: string;
  /** Where the piece starts in the block's text: its marker, or its first character. */
  offset: number;
}

/**
 * Cuts an answer block before every marker character, as Moodle does: in
 * "~a =b" every unescaped "~" and "=" starts an answer, wherever it stands.
 * Text before the first marker comes first, with the marker "".
 */
export function splitAnswers(text: string, offset: number, markers: string): AnswerPiece[] {
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
export function readWeight(piece: AnswerPiece): { weight: number | null; rest: string } {
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
export function splitFeedback(text: string): { text: string; feedback: string | null } {
  const hash = text.indexOf('#');
  return hash < 0 ? { text, feedback: null } : { text: text.slice(0, hash), feedback: text.slice(hash + 1) };
}
