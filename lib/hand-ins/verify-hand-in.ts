import { findCode, formatUtc, readCode, readSummary, signedText, CODE_LENGTH, type HandInSummary } from '@/lib/results';

import { checkCode } from './hand-in-code';
import type { SecretState } from './hand-in-secret';

/**
 * What a pasted hand-in turns out to be:
 * - `verified`: word for word what Close Reader scored;
 * - `header`: only a printout's header lines were given, and they hold;
 * - `changed`: the set, time and score hold, but a word below them was changed;
 * - `mismatch`: the set, time or score was changed, or the code is another hand-in's;
 * - `unverified`: the hand-in says it was never signed, and why;
 * - `no-code`, `unreadable`: there is nothing to check;
 * - `cannot-check`: this server has no secret to check with.
 */
export type Verification =
  | { status: 'verified' | 'header' | 'changed'; summary: HandInSummary; setTitle: string | null; message: string }
  | { status: 'mismatch' | 'unverified' | 'no-code' | 'unreadable' | 'cannot-check'; message: string };

const what = (summary: HandInSummary, setTitle: string | null) =>
  `${setTitle ? `“${setTitle}”` : `set ${summary.setId}`}, ${summary.score} of ${summary.maxScore}, scored on ${formatUtc(new Date(summary.at))}`;

/** Checks a hand-in as pasted (or a printout's header lines as typed) against its code. `setTitle` names a set by id. */
export function verifyHandIn(pasted: string, secret: SecretState, setTitle: (id: string) => string | null): Verification {
  const text = pasted.normalize('NFC');
  const code = findCode(text);
  if (!code) {
    const unsigned = /^\s*Unverified:\s*(.+)$/m.exec(text)?.[1];
    if (unsigned) return { status: 'unverified', message: `Not verified: this hand-in says it carries no code, because ${unsigned.replace(/\.$/, '')}.` };
    return { status: 'no-code', message: 'No verification code was found. Paste the whole hand-in, from “Close Reader:” to “End of hand-in.”, or type a printout’s lines from “Set:” to “Verification code:”.' };
  }
  if (!secret.ok) return { status: 'cannot-check', message: `This Close Reader cannot check hand-ins: ${secret.reason}. Ask whoever runs it to set one, as the README says.` };
  const summary = readSummary(text);
  if (!summary || code.length !== CODE_LENGTH) {
    return { status: 'unreadable', message: 'The set, the time or the score could not be read: paste the hand-in as it was copied, with its lines “Set:”, “Submitted:” and “Score:”.' };
  }
  // Null when only a printout's header lines were given: then the summary alone is checked.
  const held = checkCode(secret.secret, readCode(code), summary, signedText(text));
  const title = setTitle(summary.setId);
  if (!held.summary) {
    return { status: 'mismatch', message: 'Not verified: the code does not match this set, time and score. One of them was changed, or the code belongs to another hand-in.' };
  }
  if (held.text === null) {
    return { status: 'header', summary, setTitle: title, message: `The set, time and score are genuine: ${what(summary, title)}. The answers were not checked: paste the copied hand-in to check them too.` };
  }
  if (!held.text) {
    return { status: 'changed', summary, setTitle: title, message: `Not verified: the set, time and score are genuine (${what(summary, title)}), but something below them was changed: an answer, a verdict, a question or its points.` };
  }
  return { status: 'verified', summary, setTitle: title, message: `Verified: this is exactly what Close Reader scored: ${what(summary, title)}.` };
}
