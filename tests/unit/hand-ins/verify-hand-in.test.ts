import { describe, expect, it } from 'vitest';

import type { PublicQuestion } from '@/lib/content';
import { checkCode, handInSecret, makeCode, MIN_SECRET_LENGTH, verifyHandIn, type SecretState } from '@/lib/hand-ins';
import { buildHandInReport, findCode, readCode, readSummary, reportText, signedText, type HandInSummary } from '@/lib/results';

const SECRET = 'a-test-secret-of-well-over-32-characters-0123456789';
const secret: SecretState = { ok: true, secret: SECRET };
const questions: PublicQuestion[] = [
  { id: 'city', kind: 'short-text', prompt: 'Where did Xi land?', points: 1, typos: true },
  { id: 'claim', kind: 'claim', prompt: 'True, false or not stated?', points: 1, claim: 'A ceasefire was signed.' },
];
const at = '2026-12-07T15:40:12.000Z';
const report = buildHandInReport({
  set: { id: 'xi-in-moscow', title: 'Xi in Moscow', questions },
  articleTitle: 'Xi lands in Moscow',
  answers: { city: 'Moscow', claim: 'true' },
  citations: {},
  results: {
    city: { id: 'city', correct: true, points: 1, maxPoints: 1, correctAnswer: 'Moscow', explanation: 'E', evidence: [{ quote: 'landed in Moscow', paragraph: 1 }] },
    claim: { id: 'claim', correct: false, points: 0, maxPoints: 1, correctAnswer: 'false', explanation: 'E', evidence: [] },
  },
  lastScore: { score: 1, maxScore: 2, at },
});
const summary: HandInSummary = { setId: 'xi-in-moscow', at, score: 1, maxScore: 2 };
/** The code the server issues: over the hand-in as the student's page shows it, without the code's own line. */
const code = makeCode(SECRET, summary, signedText(reportText(report)) as string);
const handIn = reportText(report, { code });
const titles = (id: string) => (id === 'xi-in-moscow' ? 'Xi in Moscow' : null);
const verify = (text: string, state: SecretState = secret) => verifyHandIn(text, state, titles);

describe('a hand-in’s code', () => {
  it('is 20 characters of Crockford base 32 in four groups, and found again in the hand-in', () => {
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
    expect(findCode(handIn)).toBe(readCode(code));
  });

  it('reads the set, time and score back from the header', () => {
    expect(readSummary(handIn)).toEqual(summary);
  });

  it('differs for another secret, another summary or another text', () => {
    const text = signedText(reportText(report)) as string;
    expect(makeCode(`${SECRET}x`, summary, text)).not.toBe(code);
    expect(makeCode(SECRET, { ...summary, score: 2 }, text).slice(0, 11)).not.toBe(code.slice(0, 11));
    expect(makeCode(SECRET, summary, text.replace('Moscow', 'Kyiv')).slice(12)).not.toBe(code.slice(12));
    expect(checkCode(SECRET, readCode(code), summary, text)).toEqual({ summary: true, text: true });
  });
});

describe('verifyHandIn', () => {
  it.each<[string, string, string, RegExp]>([
    ['the hand-in as copied', handIn, 'verified', /^Verified: this is exactly what Close Reader scored: “Xi in Moscow”, 1 of 2, scored on 2026-12-07 15:40:12 UTC\.$/],
    ['pasted inside an email, with CRLF line ends', `Dear Ms Park,\r\n\r\n${handIn.replace(/\n/g, '\r\n')}\r\nBest, Sam`, 'verified', /^Verified/],
    ['re-wrapped and without indents, as a text box may give it back', handIn.replace(/\n {3}/g, '\n').replace('Your answer: Moscow', 'Your answer:\nMoscow'), 'verified', /^Verified/],
    ['with its code typed in lower case, an O for a 0', handIn.replace(code, code.toLowerCase().replace(/0/g, 'o')), 'verified', /^Verified/],
    ['with a wrong answer marked Correct', handIn.replace('Not right: 0 of 1 point', 'Correct: 1 of 1 point'), 'changed', /but something below them was changed/],
    ['with a changed answer', handIn.replace('Your answer: True', 'Your answer: False'), 'changed', /something below them was changed/],
    ['with a better score', handIn.replace('Score: 1 of 2 (50%)', 'Score: 2 of 2 (100%)'), 'mismatch', /does not match this set, time and score/],
    ['with another time', handIn.replace('15:40:12', '15:41:12'), 'mismatch', /does not match/],
    ['with the code of another hand-in', handIn.replace(code, makeCode(SECRET, { ...summary, score: 0 }, 'other')), 'mismatch', /does not match/],
    ['as a printout’s header typed by hand', `Set: xi-in-moscow · Submitted: 2026-12-07 15:40:12 UTC · Score: 1 of 2 (50%)\nVerification code: ${code}`, 'header', /^The set, time and score are genuine.*The answers were not checked/],
    ['as a printout’s header with the score changed', `Set: xi-in-moscow Submitted: 2026-12-07 15:40:12 UTC Score: 2 of 2\nVerification code: ${code}`, 'mismatch', /does not match/],
    ['without a code', reportText(report), 'no-code', /^No verification code was found/],
    ['saying it is unverified', reportText(report, { unverified: 'this Close Reader has no signing secret.' }), 'unverified', /because this Close Reader has no signing secret\.$/],
    ['with its Submitted line gone', handIn.replace(/Submitted: .*\n/, ''), 'unreadable', /could not be read/],
  ])('%s: %s', (_name, text, status, message) => {
    const outcome = verify(text);
    expect(outcome.status).toBe(status);
    expect(outcome.message).toMatch(message);
  });

  it('cannot check anything on a server without a secret, and says so', () => {
    expect(verify(handIn, handInSecret(''))).toMatchObject({ status: 'cannot-check', message: expect.stringMatching(/HAND_IN_SECRET/) });
  });
});

describe('handInSecret', () => {
  it.each<[string, string | undefined, boolean, RegExp | null]>([
    ['none set', undefined, false, /no signing secret/],
    ['blank', '   ', false, /no signing secret/],
    ['too short to be safe', 'x'.repeat(MIN_SECRET_LENGTH - 1), false, /31 characters, fewer than the 32 needed/],
    ['long enough', 'x'.repeat(MIN_SECRET_LENGTH), true, null],
  ])('%s', (_name, value, ok, reason) => {
    const state = handInSecret(value);
    expect(state.ok).toBe(ok);
    if (!state.ok) expect(state.reason).toMatch(reason as RegExp);
  });
});
