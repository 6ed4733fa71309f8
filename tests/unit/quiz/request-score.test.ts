import { afterEach, describe, expect, it, vi } from 'vitest';

import type { QuestionResult } from '@/lib/answers';
import { failureOf, gradeText, readScoreResponse, requestScore, ScoreError, type FailureKind } from '@/lib/quiz';

const result: QuestionResult = { id: 'q1', correctAnswer: 'Moscow', correct: true, points: 1, maxPoints: 1, explanation: 'E', evidence: [] };
const sent = { status: 'sent', attempt: 1, attempts: 2, to: 'History 9B' } as const;
const RETRY = 'Your score could not be sent to History 9B: the platform did not answer. Your answers are kept; try again.';

describe('readScoreResponse: a score', () => {
  it.each<[string, unknown]>([
    ['outside a launch, as always', { score: 1, maxScore: 1, results: [result] }],
    ['sent to the gradebook', { score: 1, maxScore: 1, results: [result], grade: sent }],
    ['withheld: the score alone', { score: 1, maxScore: 1, results: [], grade: sent, withheld: true }],
    ['practice once the graded attempts are used', { score: 1, maxScore: 1, results: [result], grade: { status: 'practice', attempt: 3, attempts: 2, to: 'History 9B' } }],
    ['ungraded, with the reason', { score: 1, maxScore: 1, results: [result], grade: { status: 'ungraded', to: 'History 9B', reason: 'This activity has no gradebook column.' } }],
  ])('%s', (_, body) => {
    expect(readScoreResponse(200, body)).toEqual(body);
  });
});

describe('readScoreResponse: no score', () => {
  it.each<[string, number, unknown, string, FailureKind]>([
    ['the platform could not take it: send again', 502, { error: RETRY, retry: true }, RETRY, 'retry'],
    ['a 502 that does not offer a retry', 502, { error: 'Bad gateway' }, 'Bad gateway', 'other'],
    ['a 502 from a proxy, not the tool', 502, null, 'The server answered 502.', 'other'],
    ['a launch that has expired', 401, { error: 'Your session has ended: open the set again from your class page.' }, 'Your session has ended: open the set again from your class page.', 'refused'],
    [
      'an assessment outside a launch',
      403,
      { error: 'This set is a graded assessment: open it from your class page in your learning platform to answer it.' },
      'This set is a graded assessment: open it from your class page in your learning platform to answer it.',
      'refused',
    ],
    ['answers the server will not take', 400, { error: 'answers.q1: not an answer' }, 'answers.q1: not an answer', 'other'],
    ['a server error without a body', 500, null, 'The server answered 500.', 'other'],
    ['a score that cannot be read', 200, { score: '1' }, 'The server’s answer could not be read.', 'other'],
    ['a grade that cannot be read', 200, { score: 1, maxScore: 1, results: [], grade: { status: 'lost' } }, 'The server’s answer could not be read.', 'other'],
  ])('%s', (_, status, body, message, kind) => {
    expect(() => readScoreResponse(status, body)).toThrow(message);
    try {
      readScoreResponse(status, body);
    } catch (error) {
      expect(failureOf(error)).toEqual({ message, kind });
    }
  });

  it('takes anything else thrown (a network failure) as another failure', () => {
    expect(failureOf(new TypeError('Failed to fetch'))).toEqual({ message: 'Failed to fetch', kind: 'other' });
    expect(failureOf(new ScoreError('x', 'retry'))).toEqual({ message: 'x', kind: 'retry' });
  });
});

describe('requestScore', () => {
  afterEach(() => vi.unstubAllGlobals());

  const stubFetch = (status: number, body: unknown) => {
    const fetch = vi.fn<(url: string, init: RequestInit) => Promise<Response>>(async () => new Response(JSON.stringify(body), { status }));
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };

  it('sends the session token inside a launch, and no Authorization outside one', async () => {
    const fetch = stubFetch(200, { score: 0, maxScore: 1, results: [] });
    await requestScore('a set', { q1: 'Moscow' }, {}, 'the.token.sig');
    await requestScore('a set', { q1: 'Moscow' });
    const [launched, plain] = fetch.mock.calls.map(([url, init]) => ({ url, headers: init.headers, body: init.body }));
    expect(launched).toEqual({ url: '/api/sets/a%20set/score', headers: { 'content-type': 'application/json', authorization: 'Bearer the.token.sig' }, body: '{"answers":{"q1":"Moscow"}}' });
    expect(plain).toEqual({ url: '/api/sets/a%20set/score', headers: { 'content-type': 'application/json' }, body: '{"answers":{"q1":"Moscow"}}' });
  });

  it('throws what the server said, and whether to send again', async () => {
    stubFetch(502, { error: RETRY, retry: true });
    await expect(requestScore('s', {}, {}, 't.t.t')).rejects.toMatchObject({ message: RETRY, kind: 'retry' });
  });
});

describe('gradeText', () => {
  it.each<[Parameters<typeof gradeText>[0], string]>([
    [{ status: 'sent', attempt: 1, attempts: 1, to: 'History 9B' }, 'Your score was sent to History 9B.'],
    [{ status: 'sent', attempt: 2, attempts: 3, to: 'History 9B' }, 'Your score was sent to History 9B. Attempt 2 of 3.'],
    [{ status: 'practice', attempt: 4, attempts: 3, to: 'History 9B' }, 'Practice: your graded attempt is already recorded, so this score was not sent.'],
    [{ status: 'ungraded', to: 'History 9B', reason: 'This activity has no gradebook column.' }, 'This activity has no gradebook column. Your score was not sent to History 9B.'],
  ])('%o', (grade, text) => {
    expect(gradeText(grade)).toBe(text);
  });
});
