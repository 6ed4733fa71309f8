/**
 * What makes a hand-in checkable, apart from any key: where it starts and
 * ends in whatever it was pasted into, the text a code is made over, the
 * summary (set, time, score) a printout's few lines are checked by, and how
 * a code is written. The server's signing (lib/hand-ins) and the teacher's
 * verify page both read hand-ins through these, so they cannot disagree.
 */

/** How a hand-in says it is what the server scored, or why it cannot. */
export type Seal = { code: string } | { unverified: string };

export const VERIFICATION_LABEL = 'Verification code:';
export const END_LINE = 'End of hand-in.';
const START = 'Close Reader:';

/** "2026-12-07 15:40:12 UTC": the same text wherever it is made, and read back exactly. */
export const formatUtc = (date: Date) => `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

/** Crockford's base 32: no I, L, O or U, so a code read off paper is typed back right. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 20;
const codePattern = new RegExp(`${VERIFICATION_LABEL}\\s*((?:[${CODE_ALPHABET}ILOilo]\\s*-?\\s*){${CODE_LENGTH}})`, 'i');

/** A code in groups of five: "7K3MP-9XQ2A-D4HWC-9TZ0B". */
export const formatCode = (code: string) => code.match(/.{1,5}/g)?.join('-') ?? code;

/** A code as typed or pasted, in its plain form: case, spaces and hyphens ignored, and O, I and L read as 0, 1 and 1. */
export function readCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** The code a pasted hand-in carries, in its plain form; null when it has none. */
export function findCode(text: string): string | null {
  const found = codePattern.exec(text.normalize('NFC'));
  return found ? readCode(found[1] as string) : null;
}

/** Where the hand-in starts and ends in what was pasted: from "Close Reader:" to "End of hand-in.", or to the end. */
function handInPart(text: string): { part: string; whole: boolean } | null {
  const start = text.indexOf(START);
  if (start < 0) return null;
  const end = text.indexOf(END_LINE, start);
  return end < 0 ? { part: text.slice(start), whole: false } : { part: text.slice(start, end + END_LINE.length), whole: true };
}

/**
 * The text a code is made over: the hand-in without its verification line,
 * every run of spaces and line breaks as one space. Pasting into an email
 * or a learning platform may re-wrap lines, drop indents or turn line ends
 * into CRLF; none of that changes a word, so none of it changes the code.
 * Null when there is no whole hand-in in the text.
 */
export function signedText(text: string): string | null {
  const found = handInPart(text.normalize('NFC'));
  if (!found?.whole) return null;
  return found.part
    .replace(codePattern, ' ')
    .replace(/^\s*Unverified:.*$/m, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a printout's header states: enough to check its score and time against its code, without its answers. */
export interface HandInSummary {
  setId: string;
  /** ISO 8601, to the second. */
  at: string;
  score: number;
  maxScore: number;
}

/** The summary as a code is made over it. */
export const summaryText = ({ setId, at, score, maxScore }: HandInSummary) => [setId, at, String(score), String(maxScore)].join('\n');

/** The set, time and score a pasted hand-in states; null when one of them cannot be read. */
export function readSummary(text: string): HandInSummary | null {
  const setId = /\bSet:\s*([a-z0-9]+(?:-[a-z0-9]+)*)/.exec(text)?.[1];
  const submitted = /\bSubmitted:\s*(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*UTC\b/.exec(text);
  const score = /\bScore:\s*(\d+(?:\.\d+)?) of (\d+(?:\.\d+)?)\b/.exec(text);
  if (!setId || !submitted || !score) return null;
  return { setId, at: `${submitted[1]}T${submitted[2]}.000Z`, score: Number(score[1]), maxScore: Number(score[2]) };
}
