import { createHmac, timingSafeEqual } from 'node:crypto';

import { CODE_ALPHABET, CODE_LENGTH, formatCode, summaryText, type HandInSummary } from '@/lib/results';

/**
 * A hand-in's verification code: two HMAC-SHA256 tags under the server's
 * secret, cut to 50 bits each and written in Crockford's base 32. The first
 * is over the summary (set, time, score), so the few header lines of a
 * printout can be checked by hand; the second over the whole text, so a
 * pasted hand-in is checked word for word. 2^50 guesses per tag is beyond
 * anyone trying codes against the verify page, and 20 characters still fit
 * a line of paper.
 */
const HALF = CODE_LENGTH / 2;

function tag(secret: string, purpose: 'summary' | 'hand-in', message: string): string {
  const digest = createHmac('sha256', secret).update(`close-reader:${purpose}:v1\n`).update(message).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  let out = '';
  for (let i = 0; i < HALF; i++) out += CODE_ALPHABET[Number((bits >> BigInt(56 - 5 * (i + 1))) & 31n)];
  return out;
}

/** The code for a hand-in, written in groups of five. `text` is the signed text (lib/results' signedText). */
export function makeCode(secret: string, summary: HandInSummary, text: string): string {
  return formatCode(tag(secret, 'summary', summaryText(summary)) + tag(secret, 'hand-in', text));
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Which parts of a code hold, for a code in its plain form (readCode): the
 * summary's tag, and the whole text's when the text is given.
 */
export function checkCode(secret: string, code: string, summary: HandInSummary, text: string | null): { summary: boolean; text: boolean | null } {
  const summaryHolds = same(code.slice(0, HALF), tag(secret, 'summary', summaryText(summary)));
  return { summary: summaryHolds, text: text === null ? null : same(code.slice(HALF), tag(secret, 'hand-in', text)) };
}
