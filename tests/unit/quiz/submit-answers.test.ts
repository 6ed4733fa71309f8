import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { toPublicSet, type PublicSet } from '@/lib/content';
import type { QuestionResult, ScoreResponse } from '@/lib/answers';
import { createQuizStore, quizStorageKey, readLaunch, submitAnswers, type Launch, type QuizStore } from '@/lib/quiz';

import { loadSeedSet } from '../support/seed';
import { launchPayload, makeToken } from './launch-token';

const seed = toPublicSet(loadSeedSet());
/** The seed set as a graded assessment with two graded attempts. */
const assessment: PublicSet = { ...seed, mode: 'test', assessment: true, attempts: 2 };
const launch = readLaunch(`#lti=${makeToken({ ...launchPayload, exp: 4102444800 })}`, seed.id) as Launch;
const to = 'History 9B';
const RETRY = `Your score could not be sent to ${to}: the platform did not answer. Your answers are kept; try again.`;

const scored = (id: string): QuestionResult => ({ id, correctAnswer: 'Moscow', correct: true, points: 1, maxPoints: 1, explanation: 'E', evidence: [] });
const everyResult = seed.questions.map((q) => scored(q.id));

/** A browser's localStorage, shared by every tab of the test. */
function fakeLocalStorage() {
  const items = new Map<string, string>();
  return { items, getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) };
}

/** The scoring API, answering each request in turn with the next of `replies`; what it was sent is in `calls`. */
function stubScoring(...replies: [number, unknown][]) {
  const fetch = vi.fn<(url: string, init: RequestInit) => Promise<Response>>(async () => {
    const [status, body] = replies.shift() ?? [500, null];
    return new Response(JSON.stringify(body), { status });
  });
  vi.stubGlobal('fetch', fetch);
  return { calls: () => fetch.mock.calls.map(([, init]) => ({ authorization: (init.headers as Record<string, string>).authorization, body: init.body })) };
}

/** A set page opened in a tab, by a launch or not, after saved work has been read. */
async function openPage(set: PublicSet, opened: Launch | null = launch): Promise<QuizStore> {
  const store = createQuizStore(set);
  await store.getState().open(opened);
  return store;
}

let storage: ReturnType<typeof fakeLocalStorage>;
beforeEach(() => {
  storage = fakeLocalStorage();
  vi.stubGlobal('window', { localStorage: storage });
});
afterEach(() => vi.unstubAllGlobals());

describe('submitting inside a launch', () => {
  it('sends the session token, and keeps where the score went across a reload', async () => {
    const api = stubScoring([200, { score: 45, maxScore: 45, results: everyResult, grade: { status: 'sent', attempt: 1, attempts: 1, to } } satisfies ScoreResponse]);
    const store = await openPage(seed);
    store.getState().setAnswer('city-xi-landed-in', 'Moscow');
    expect(await submitAnswers(store)).toBe(true);
    expect(api.calls()[0]?.authorization).toBe(`Bearer ${launch.token}`);
    expect(store.getState()).toMatchObject({ submitted: true, pending: null, error: null, withheld: false, grade: { status: 'sent', to }, lastScore: { score: 45 } });

    expect((await openPage(seed)).getState()).toMatchObject({ submitted: true, grade: { status: 'sent', attempt: 1, attempts: 1, to }, withheld: false });
  });

  it('sends no token outside a launch, and saves the submission as it always did', async () => {
    const api = stubScoring([200, { score: 45, maxScore: 45, results: everyResult }]);
    const store = await openPage(seed, null);
    await submitAnswers(store);
    expect(api.calls()[0]?.authorization).toBeUndefined();
    expect(store.getState()).toMatchObject({ submitted: true, grade: null, withheld: false });
    expect(JSON.parse(storage.items.get(quizStorageKey(seed.id)) ?? '{}').state.submission).toEqual({ submitted: true, lastScore: expect.any(Object), at: expect.any(Number) });
  });

  it('keeps every answer and the set unsubmitted when the score cannot be sent, and sends the same answers again', async () => {
    const api = stubScoring([502, { error: RETRY, retry: true }], [200, { score: 1, maxScore: 45, results: everyResult, grade: { status: 'sent', attempt: 1, attempts: 1, to } }]);
    const store = await openPage(seed);
    store.getState().setAnswer('city-xi-landed-in', 'Moscow');
    store.getState().setCitation('why-russia-still-matters', ['7.2']);
    const before = { answers: store.getState().answers, citations: store.getState().citations };

    expect(await submitAnswers(store)).toBe(false);
    expect(store.getState()).toMatchObject({ ...before, submitted: false, pending: null, results: {}, lastScore: null, grade: null, error: { message: RETRY, kind: 'retry' } });
    // Reloaded, the answers are still there, and nothing says it was sent.
    expect((await openPage(seed)).getState()).toMatchObject({ ...before, submitted: false, grade: null });

    expect(await submitAnswers(store)).toBe(true);
    const [first, again] = api.calls();
    expect(again).toEqual(first);
    expect(store.getState()).toMatchObject({ ...before, submitted: true, error: null, grade: { status: 'sent' } });
  });

  it('refuses a launch that has ended, without offering to send again', async () => {
    stubScoring([401, { error: 'Your session has ended: open the set again from your class page.' }]);
    const store = await openPage(seed);
    await submitAnswers(store);
    expect(store.getState()).toMatchObject({ submitted: false, error: { kind: 'refused' } });
  });

  it('shows the score alone while graded attempts are left, locks the answers, and clears them only for a new try', async () => {
    stubScoring(
      [200, { score: 30, maxScore: 45, results: [], withheld: true, grade: { status: 'sent', attempt: 1, attempts: 2, to } }],
      [200, { score: 40, maxScore: 45, results: everyResult, grade: { status: 'sent', attempt: 2, attempts: 2, to } }],
    );
    const store = await openPage(assessment);
    store.getState().setAnswer('city-xi-landed-in', 'Moscow');
    await submitAnswers(store);
    expect(store.getState()).toMatchObject({ submitted: true, withheld: true, results: {}, lastScore: { score: 30 }, answers: { 'city-xi-landed-in': 'Moscow' } });

    store.getState().setAnswer('city-xi-landed-in', 'Kyiv');
    store.getState().setAnswer('airport-name', 'Vnukovo');
    expect(store.getState().answers).toEqual({ 'city-xi-landed-in': 'Moscow' });
    expect((await openPage(assessment)).getState()).toMatchObject({ submitted: true, withheld: true, grade: { attempt: 1, attempts: 2 } });

    store.getState().retryAll();
    expect(store.getState()).toMatchObject({ submitted: false, withheld: false, grade: null, answers: {} });
    store.getState().setAnswer('city-xi-landed-in', 'Moscow');
    await submitAnswers(store);
    expect(store.getState()).toMatchObject({ submitted: true, withheld: false, grade: { attempt: 2 }, results: { 'city-xi-landed-in': scored('city-xi-landed-in') } });
  });

  it('forgets a saved grade that cannot be read, and keeps the rest of the submission', async () => {
    const store = await openPage(seed);
    const key = store.persist.getOptions().name ?? '';
    storage.items.set(key, JSON.stringify({ state: { questions: {}, submission: { submitted: true, lastScore: null, at: 5, grade: { status: 'lost' }, withheld: 'yes' } }, version: 2 }));
    expect((await openPage(seed)).getState()).toMatchObject({ notice: null, submitted: true, grade: null, withheld: false });
  });
});

describe('a launched student’s saved work', () => {
  it('is kept apart from the same set’s work outside a launch, and from another student’s', async () => {
    const other = readLaunch(`#lti=${makeToken({ ...launchPayload, sub: 'student-43', exp: 4102444800 })}`, seed.id) as Launch;
    const outside = await openPage(seed, null);
    outside.getState().setAnswer('city-xi-landed-in', 'Kyiv');
    const mine = await openPage(seed);
    expect(mine.getState().answers).toEqual({});
    mine.getState().setAnswer('city-xi-landed-in', 'Moscow');
    expect((await openPage(seed, other)).getState().answers).toEqual({});
    expect((await openPage(seed)).getState().answers).toEqual({ 'city-xi-landed-in': 'Moscow' });
    expect((await openPage(seed, null)).getState().answers).toEqual({ 'city-xi-landed-in': 'Kyiv' });
  });

  it('lasts while the page is open when the platform’s frame may not save, and says so once', async () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const store = await openPage(seed);
    store.getState().setAnswer('city-xi-landed-in', 'Moscow');
    expect(store.getState()).toMatchObject({ hydrated: true, unsaved: true, notice: { kind: 'unavailable' }, answers: { 'city-xi-landed-in': 'Moscow' } });
    store.getState().dismissNotice();
    store.getState().setAnswer('airport-name', 'Vnukovo');
    expect(store.getState()).toMatchObject({ unsaved: true, notice: null });
  });
});
