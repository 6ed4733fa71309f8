import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { scoreResponseSchema, type Answer, type Citation, type ScoreResponse } from '@/lib/answers';
import { checkLibrary, compileLibrary, readContentFiles, writeCompiledLibrary } from '@/lib/check';
import { toPublicSet } from '@/lib/content';
import { handInSecret, verifyHandIn } from '@/lib/hand-ins';
import { respondWithScore } from '@/lib/http';
import { getArticle, getSet } from '@/lib/library';
import { buildHandInReport, reportText } from '@/lib/results';

import { ROOT, SEED_ID } from '../support/seed';

const SECRET = 'the-secret-these-tests-sign-with-0123456789';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'close-reader-hand-ins-'));
beforeAll(() => {
  writeCompiledLibrary(root, compileLibrary(checkLibrary(readContentFiles(ROOT))));
  process.env.CONTENT_ROOT = root;
});
afterAll(() => {
  delete process.env.CONTENT_ROOT;
  delete process.env.HAND_IN_SECRET;
  fs.rmSync(root, { recursive: true, force: true });
});

async function score(body: object, secret: string | undefined): Promise<ScoreResponse> {
  if (secret === undefined) delete process.env.HAND_IN_SECRET;
  else process.env.HAND_IN_SECRET = secret;
  const response = await respondWithScore(SEED_ID, new Request('http://localhost/score', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
  expect(response.status).toBe(200);
  return v.parse(scoreResponseSchema, await response.json());
}

const given = <T>(record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null)) as Record<string, T>;

/** The hand-in a student's page builds from what it sent and what came back, as components/quiz/hand-in.tsx does. */
function pageHandIn(body: { answers: Record<string, unknown>; citations?: Record<string, unknown> }, response: ScoreResponse): string {
  const set = getSet(SEED_ID)!;
  const stamp = response.handIn!;
  const report = buildHandInReport({
    set: toPublicSet(set),
    articleTitle: getArticle(set.article)!.meta.title,
    answers: given<Answer>(body.answers),
    citations: given<Citation>(body.citations ?? {}),
    results: Object.fromEntries(response.results.map((r) => [r.id, r])),
    lastScore: { score: response.score, maxScore: response.maxScore, at: stamp.at },
  });
  return reportText(report, 'code' in stamp ? { code: stamp.code } : { unverified: stamp.unverified });
}

/** Every question of the seed set: the right answer to every `step`-th one, null for the rest, wrong ones where `wrong` says. */
async function wholeSet(step: number, wrong: (id: string) => Answer | undefined = () => undefined) {
  const set = getSet(SEED_ID)!;
  const key = await score({ answers: Object.fromEntries(set.questions.map((q) => [q.id, null])) }, undefined);
  const right = new Map(key.results.map((r) => [r.id, r.correctAnswer]));
  const answers = Object.fromEntries(set.questions.map((q, i) => [q.id, wrong(q.id) ?? (i % step === 0 ? (right.get(q.id) ?? null) : null)]));
  const citations = Object.fromEntries(set.questions.filter((q) => q.kind !== 'cite-evidence' && q.cite).map((q) => [q.id, ['1.1']]));
  return { answers, citations };
}

describe('a whole set scored by the server', () => {
  it.each<[string, () => Promise<{ answers: Record<string, unknown>; citations?: Record<string, unknown> }>]>([
    ['every answer right', () => wholeSet(1)],
    ['every other answer right, the rest blank, Part B’s first sentence cited', () => wholeSet(2)],
    ['nothing answered', () => wholeSet(Number.POSITIVE_INFINITY)],
    ['some answers wrong', () => wholeSet(3, (id) => (id === 'city-xi-landed-in' ? 'Kyiv' : id === 'claim-arms-ammunition' ? 'true' : undefined))],
  ])('carries a code that verifies the hand-in the student’s page builds: %s', async (_name, make) => {
    const body = await make();
    const response = await score(body, SECRET);
    expect(response.handIn).toMatchObject({ at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/), code: expect.any(String) });
    const verdict = verifyHandIn(pageHandIn(body, response), handInSecret(SECRET), () => 'What China wants from Putin');
    expect(verdict.message).toMatch(/^Verified/);
  });

  it('says why there is no code on a server without a secret, and the hand-in says it is unverified', async () => {
    const body = await wholeSet(2);
    const response = await score(body, undefined);
    expect(response.handIn).toMatchObject({ unverified: expect.stringMatching(/no signing secret \(HAND_IN_SECRET\)/) });
    expect(pageHandIn(body, response)).toMatch(/\nUnverified: this Close Reader has no signing secret/);
  });

  it('stamps no hand-in for one question checked', async () => {
    const response = await score({ answers: { 'city-xi-landed-in': 'Moscow' } }, SECRET);
    expect(response.handIn).toBeUndefined();
  });
});
