import fc from 'fast-check';

import { expect, test } from './fixtures';

const SCORE = '/api/sets/xi-jinping-in-russia/score';

interface Hostile {
  method: string;
  contentType: string | null;
  body: string;
}

/** JSON text of anything; `undefined` and functions have none, so they are sent as their name. */
const json = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Answers of every wrong shape, for real question ids and for made-up ones. */
const answerValue = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 2000 }),
  fc.array(fc.string(), { maxLength: 200 }),
  fc.dictionary(fc.string(), fc.string()),
  fc.constantFrom(null, 0, -1, 1e308, true, [], {}, '', '__proto__', ['Moscow', 'Moscow'], { '0': 'Xi Jinping', '99': 'Nobody' }),
  // Cited sentences: real, unknown, repeated, malformed, too many.
  fc.constantFrom(['4.1', '4.2'], ['4.1', '99.9'], ['4.1', '4.1'], ['0.1'], ['4'], ['4.1.1'], Array.from({ length: 25 }, (_, i) => `1.${i + 1}`)),
);
const questionId = fc.oneof(
  fc.constantFrom('city-xi-landed-in', 'order-of-events', 'match-the-speakers', 'china-support-for-russia', 'claim-arms-ammunition', 'day-xi-landed'),
  fc.constantFrom('cite-no-breakthrough', 'cite-dual-use-sales', 'why-russia-still-matters', 'claim-zelenskyy-talked-with-xi'),
  fc.string({ maxLength: 60 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'),
);

const hostileBody: fc.Arbitrary<string> = fc.oneof(
  fc.dictionary(questionId, answerValue, { maxKeys: 12 }).map((answers) => json({ answers })),
  fc.record({ answers: fc.dictionary(questionId, answerValue, { maxKeys: 4 }), citations: fc.oneof(fc.dictionary(questionId, answerValue, { maxKeys: 4 }), fc.anything()) }).map(json),
  fc.anything().map(json),
  fc.string({ maxLength: 3000 }),
  fc.constantFrom('', '{', '{"answers":', 'null', '[]', '{"answers": []}', '{"answers": null}', '\u0000', '{"answers": {}} trailing'),
  fc.integer({ min: 1000, max: 12000 }).map((n) => json({ answers: Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, 'x'])) })),
  fc.integer({ min: 65 * 1024, max: 200 * 1024 }).map((n) => json({ answers: { 'city-xi-landed-in': 'M'.repeat(n) } })),
  fc.array(fc.constant('['), { minLength: 1000, maxLength: 5000 }).map((a) => a.join('')),
);

const hostile: fc.Arbitrary<Hostile> = fc.record({
  method: fc.oneof({ weight: 8, arbitrary: fc.constant('POST') }, { weight: 2, arbitrary: fc.constantFrom('GET', 'PUT', 'PATCH', 'DELETE') }),
  contentType: fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    { weight: 2, arbitrary: fc.constantFrom(null, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', 'APPLICATION/JSON; charset=utf-8') },
  ),
  body: hostileBody,
});

test('1,000 hostile requests to the scoring API: each a 4xx JSON error that says what is wrong, or a score; never a 5xx or a stack trace', async ({ request }) => {
  test.setTimeout(180_000);
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(hostile, async ({ method, contentType, body }) => {
      const response = await request.fetch(SCORE, {
        method,
        headers: contentType ? { 'content-type': contentType } : {},
        // A Buffer is sent as it is; a string would be JSON-encoded once more.
        data: method === 'GET' ? undefined : Buffer.from(body),
        failOnStatusCode: false,
      });
      const status = response.status();
      expect(status, `${method} ${contentType} ${body.slice(0, 200)}`).toBeLessThan(500);
      const text = await response.text();
      expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
      const parsed: unknown = JSON.parse(text);
      if (status >= 400) {
        refused++;
        expect(parsed).toEqual({ error: expect.stringMatching(/\w{3}/) });
      } else {
        expect(parsed).toMatchObject({ score: expect.any(Number), maxScore: expect.any(Number), results: expect.any(Array) });
      }
    }),
    { numRuns: 1000, seed: Number(process.env.FUZZ_SEED ?? 20261130) },
  );
  expect(refused).toBeGreaterThan(500);

  // The server keeps answering, and scores a real request correctly.
  const healthy = await request.post(SCORE, { data: { answers: { 'city-xi-landed-in': 'Moscow' } } });
  expect(healthy.status()).toBe(200);
  expect(await healthy.json()).toMatchObject({ score: 1, maxScore: 1 });
});

test.describe('each kind of bad request gets the status and message it deserves', () => {
  const cases: [string, { method?: string; type?: string | null; body?: string }, number, RegExp][] = [
    ['malformed JSON', { body: '{"answers": {' }, 400, /not valid JSON/],
    ['a body that is not an object', { body: '[1,2]' }, 400, /must look like \{"answers"/],
    ['an unknown question', { body: json({ answers: { nope: 'x' } }) }, 400, /has no question "nope"/],
    ['an answer of the wrong type', { body: json({ answers: { 'city-xi-landed-in': 42 } }) }, 400, /"city-xi-landed-in".*malformed/],
    ['an array where an object belongs', { body: json({ answers: { 'match-the-speakers': ['Xi Jinping'] } }) }, 400, /"match-the-speakers".*malformed/],
    ['10,000 answers', { body: json({ answers: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`q${i}`, 1])) }) }, 413, /larger than 64 KB/],
    ['a body over 64 KB', { body: json({ answers: { 'city-xi-landed-in': 'x'.repeat(70_000) } }) }, 413, /larger than 64 KB/],
    ['the wrong content type', { type: 'text/plain', body: json({ answers: {} }) }, 415, /Content-Type: application\/json/],
    ['no content type', { type: null, body: json({ answers: {} }) }, 415, /Content-Type: application\/json/],
    ['the wrong method', { method: 'PUT', body: json({ answers: {} }) }, 405, /PUT is not allowed here; use POST/],
    ['an empty body', { body: '' }, 400, /empty/],
  ];
  for (const [name, { method = 'POST', type = 'application/json', body }, status, message] of cases) {
    test(name, async ({ request }) => {
      const response = await request.fetch(SCORE, { method, headers: type ? { 'content-type': type } : {}, data: Buffer.from(body ?? ''), failOnStatusCode: false });
      expect(response.status()).toBe(status);
      expect((await response.json()) as unknown).toEqual({ error: expect.stringMatching(message) });
    });
  }

  test('an unknown set', async ({ request }) => {
    const response = await request.post('/api/sets/no-such-set/score', { data: { answers: {} }, failOnStatusCode: false });
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: 'There is no question set "no-such-set".' });
  });
});
