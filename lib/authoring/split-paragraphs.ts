import { isDatelineOnly, readDateline } from './read-dateline';

/**
 * The paragraphs of an article's body, read as a person reads them: a blank
 * line always ends a paragraph, and each single line break is decided on
 * its own — a wrapped line (joined to the next with a space) or a paragraph
 * break. So "one paragraph per line", "blank lines between paragraphs",
 * hard-wrapped text and a mix of these all come out right.
 *
 * A line break is a paragraph break when the line ends a sentence (., !, ?,
 * :, … before any closing quotes or brackets) and the next line starts one
 * (a capital, a digit, an opening quote, a dash or a bullet). It is a wrap
 * when the line ends mid-sentence (no final mark, a comma, a hyphen) or the
 * next line starts in lower case. A dateline alone on its line ("WASHINGTON
 * —") is joined to the paragraph it opens.
 *
 * Hard-wrapped text (most lines that run on end near one width, 40 to
 * 110 characters) is read by width too: a line was ended on purpose only
 * when the next line's first word would have fitted on it, so a full line
 * that happens to end a sentence is still a wrap — reported as unsure when
 * no blank line sets paragraphs apart, since the last line of a paragraph
 * can be full too.
 *
 * A line with no final mark followed by a capitalised line is a paragraph
 * of its own when it reads as a subheading (at most 8 words, in capitals or
 * title case) and is otherwise joined to the next (a sentence broken by the
 * page, "… from NASA Administrator" / "Sean O'Keefe …"); either way it is
 * reported as unsure, with the number of the line after the break.
 */
export interface BodyLine {
  /** 1-based line number in the pasted text. */
  line: number;
  /** Trimmed; "" for a blank line. */
  text: string;
}

export interface BodyParagraph {
  text: string;
  /** The line it starts on. */
  line: number;
}

export interface LineDoubt {
  line: number;
  note: string;
}

const CLOSERS = /[\s"'”’»)\]*_]+$/u;
const SENTENCE_END = /[.!?…:]$/u;
const STARTS_SENTENCE = /^(?:["'“‘«(\[]*[\p{Lu}\p{N}]|[—–•*-]\s|[“"‘'«])/u;
const STARTS_LOWER = /^["'“‘«(\[]*[\p{Ll}]|^[,;:)\]]/u;
const HARD_WRAP_MAX = 110;
/** Narrower than this, short lines are lines of their own (a list, a poem), not a wrap. */
const HARD_WRAP_MIN = 40;
const SUBHEADING_WORDS = 8;
const FULL_LINE = 'the line above is full and ends a sentence: joined to it as hard-wrapped text, check this is not a new paragraph';
const NO_STOP = 'the line above ends without a full stop: joined to it as one sentence, check it is not a new paragraph';
const SHORT_LINE = 'the line above ends without a full stop: kept as a paragraph of its own (a subheading?), check it belongs in the text';

export function splitParagraphs(lines: readonly BodyLine[]): { paragraphs: BodyParagraph[]; doubts: LineDoubt[] } {
  const width = hardWrapWidth(lines);
  // Whether a blank line stands between two lines of text: then paragraphs here are set apart by blank lines.
  const texts = lines.map((entry) => entry.text).join('\n').trim();
  const blankSeparated = /\n\n/.test(texts);
  const paragraphs: BodyParagraph[] = [];
  const doubts: LineDoubt[] = [];
  let current: BodyParagraph | null = null;
  lines.forEach((entry, i) => {
    if (entry.text === '') {
      current = null;
      return;
    }
    if (current === null) {
      current = { text: entry.text, line: entry.line };
      paragraphs.push(current);
    } else {
      current.text = joinLines(current.text, entry.text);
    }
    const next = lines[i + 1];
    if (!next || next.text === '') return;
    const decision = decideBreak(entry.text, next.text, { width, blankSeparated });
    if (decision.doubt) doubts.push({ line: next.line, note: decision.doubt });
    if (decision.paragraphBreak) current = null;
  });
  return { paragraphs, doubts };
}

/** A hyphen at the end of a line joins without a space ("well-" + "known"); otherwise one space. */
function joinLines(before: string, after: string): string {
  return /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after) ? `${before}${after}` : `${before} ${after}`;
}

interface Decision {
  paragraphBreak: boolean;
  doubt?: string;
}

/** Whether the break between `line` and `next` (both non-blank) ends a paragraph. */
export function decideBreak(line: string, next: string, { width, blankSeparated }: { width: number | null; blankSeparated: boolean }): Decision {
  if (isDatelineOnly(line)) return { paragraphBreak: false };
  if (STARTS_LOWER.test(next)) return { paragraphBreak: false };
  const bare = line.replace(CLOSERS, '');
  const endsSentence = SENTENCE_END.test(bare);
  const startsSentence = STARTS_SENTENCE.test(next) || readDateline(next) !== null;
  if (!startsSentence) return { paragraphBreak: false };
  if (width !== null) {
    const firstWord = next.split(/\s+/)[0] ?? '';
    if (line.length + 1 + firstWord.length <= width) {
      if (endsSentence) return { paragraphBreak: true };
      return isHeadingLike(line) ? { paragraphBreak: true, doubt: SHORT_LINE } : { paragraphBreak: false, doubt: NO_STOP };
    }
    // A full line ending a sentence: wrapped text, unless paragraphs here are not set apart by blank lines, when it may end one.
    return endsSentence && !blankSeparated ? { paragraphBreak: false, doubt: FULL_LINE } : { paragraphBreak: false };
  }
  if (endsSentence) return { paragraphBreak: true };
  if (/[,;–—-]$/u.test(bare)) return { paragraphBreak: false };
  return isHeadingLike(line) ? { paragraphBreak: true, doubt: SHORT_LINE } : { paragraphBreak: false, doubt: NO_STOP };
}

/** A subheading: at most 8 words, in capitals or with every word of four letters or more capitalised ("Talks Resume in Geneva"). */
function isHeadingLike(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length > SUBHEADING_WORDS) return false;
  if (!/\p{Ll}/u.test(line)) return true;
  return words.every((word) => !/^\p{Ll}[\p{L}'’-]{3,}/u.test(word));
}

/**
 * The width text was hard-wrapped at, or null when it was not: among the
 * lines followed by another non-blank line (those that could be wrapped),
 * at least half are within 20 % of the width most reach (the ninth tenth
 * by length), that is 40 to 110 characters, and at least half stop
 * mid-sentence. A text of one paragraph per line fails: its lines end
 * sentences, and vary in length.
 */
export function hardWrapWidth(lines: readonly BodyLine[]): number | null {
  const running = lines.filter((entry, i) => entry.text !== '' && (lines[i + 1]?.text ?? '') !== '').map((entry) => entry.text);
  if (running.length < 3) return null;
  const sorted = running.map((text) => text.length).sort((a, b) => a - b);
  const width = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))] ?? 0;
  if (width > HARD_WRAP_MAX || width < HARD_WRAP_MIN) return null;
  const full = running.filter((text) => text.length >= width * 0.8).length;
  const midSentence = running.filter((text) => !SENTENCE_END.test(text.replace(CLOSERS, ''))).length;
  return full * 2 >= running.length && midSentence * 2 >= running.length ? width : null;
}
