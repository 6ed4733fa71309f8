import { afterEach, describe, expect, it, vi } from 'vitest';

import { toPublicSet, type PublicSet } from '@/lib/content';
import type { QuestionResult } from '@/lib/answers';
import { citedFor, countAnswered, createQuizStore, quizStorageKey, type QuizStore } from '@/lib/quiz';

import { loadSeedSet } from './support/seed';

const set = toPublicSet(loadSeedSet());
const KEY = quizStorageKey(set.id);
const checked = (id: string, correct: boolean): QuestionResult => ({ id, correctAnswer: 'Moscow', correct, points: correct ? 1 : 0, maxPoints: 1, explanation: 'E', evidence: [] });

describe('the quiz store while citing', () => {
  const answer = { questionId: 'cite-no-breakthrough', part: 'answer' } as const;
  const partB = { questionId: 'why-russia-still-matters', part: 'cite' } as const;

  it('selects sentences for the question being cited, tells what changed, and a phone shows the article', () => {
    const store = createQuizStore(set);
    store.getState().toggleSentence('4.1');
    expect(store.getState().answers).toEqual({});

    store.getState().startCiting(answer, 640);
    expect(store.getState()).toMatchObject({ citing: answer, panel: 'article', citeReturnY: 640 });
    store.getState().toggleSentence('4.2');
    store.getState().toggleSentence('4.1');
    expect(store.getState().answers['cite-no-breakthrough']).toEqual(['4.1', '4.2']);
    expect(store.getState().citeNotice).toEqual({ change: 'added', sentenceId: '4.1', count: 2 });
    store.getState().toggleSentence('4.2');
    expect(store.getState().citeNotice).toEqual({ change: 'removed', sentenceId: '4.2', count: 1 });

    store.getState().stopCiting();
    expect(store.getState()).toMatchObject({ citing: null, citeNotice: null, panel: 'questions' });
  });

  it('keeps Part B apart from Part A, and counts the question answered only with both', () => {
    const store = createQuizStore(set);
    store.getState().setAnswer('why-russia-still-matters', 'Russia supplies China with energy and military technology.');
    expect(countAnswered(store.getState(), set.questions)).toBe(0);
    store.getState().startCiting(partB);
    store.getState().toggleSentence('7.2');
    expect(store.getState().citations).toEqual({ 'why-russia-still-matters': ['7.2'] });
    expect(citedFor(store.getState(), partB)).toEqual(['7.2']);
    expect(store.getState().answers['why-russia-still-matters']).toBe('Russia supplies China with energy and military technology.');
    expect(countAnswered(store.getState(), set.questions)).toBe(1);

    store.getState().clearCited(partB);
    expect(store.getState().citations).toEqual({});
    expect(store.getState().citeNotice).toEqual({ change: 'cleared', sentenceId: '', count: 0 });
  });

  it('changes nothing once the question is checked, and stops citing it', () => {
    const store = createQuizStore(set);
    store.getState().startCiting(answer);
    store.getState().toggleSentence('4.1');
    store.getState().recordCheck({ ...checked('cite-no-breakthrough', false), correctAnswer: ['4.1', '4.2'], points: 0.5 });
    expect(store.getState().citing).toBeNull();
    store.getState().startCiting(answer);
    store.getState().toggleSentence('4.2');
    expect(store.getState().answers['cite-no-breakthrough']).toEqual(['4.1']);

    store.getState().retryQuestion('cite-no-breakthrough');
    expect(store.getState().answers).toEqual({});
  });
});

/** A browser's localStorage, shared by every tab of the test; `full` makes every write fail as a full one does. */
function fakeLocalStorage() {
  const items = new Map<string, string>();
  return {
    items,
    full: false,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

/** A set page opened in a tab: its store, after saved work has been read. */
async function openPage(page: PublicSet = set): Promise<QuizStore> {
  const store = createQuizStore(page);
  await store.persist.rehydrate();
  return store;
}

describe('the quiz store’s saved work', () => {
  afterEach(() => vi.unstubAllGlobals());
  const useStorage = () => {
    const storage = fakeLocalStorage();
    vi.stubGlobal('window', { localStorage: storage });
    return storage;
  };
  const seed = (storage: ReturnType<typeof fakeLocalStorage>, questions: Record<string, unknown>, version = 2) =>
    storage.items.set(KEY, JSON.stringify({ state: { questions, submission: { submitted: false, lastScore: null, at: 0 } }, version }));

  it('survives a reload: answers, Part B, results and the score come back', async () => {
    useStorage();
    const first = await openPage();
    first.getState().setAnswer('city-xi-landed-in', 'Moscow');
    first.getState().setCitation('why-russia-still-matters', ['7.2']);
    first.getState().recordSubmission({ score: 1, maxScore: 45, results: [checked('city-xi-landed-in', true)] });

    const reloaded = await openPage();
    expect(reloaded.getState()).toMatchObject({
      hydrated: true,
      notice: null,
      answers: { 'city-xi-landed-in': 'Moscow' },
      citations: { 'why-russia-still-matters': ['7.2'] },
      results: { 'city-xi-landed-in': checked('city-xi-landed-in', true) },
      submitted: true,
      lastScore: { score: 1, maxScore: 45 },
    });
  });

  it('saves the work, not what the page shows', async () => {
    const storage = useStorage();
    const store = await openPage();
    store.getState().setPanel('article');
    store.getState().failRequest('offline');
    expect(storage.items.get(KEY)).not.toMatch(/article|offline|panel/);
  });

  it('drops what cannot be read, keeps the rest, says so once, and saves the clean copy', async () => {
    const storage = useStorage();
    seed(storage, {
      'city-xi-landed-in': { hash: set.questionHashes['city-xi-landed-in'], at: 1, answer: 'Moscow' },
      'airport-name': { hash: set.questionHashes['airport-name'], at: 2, answer: { not: ['an', 'answer'] } },
      'order-of-events': { hash: set.questionHashes['order-of-events'], at: 3, answer: 'first, then' },
      'who-greeted-xi': 'garbage',
    });
    const store = await openPage();
    expect(store.getState().notice).toEqual({ kind: 'unreadable', count: 3 });
    expect(store.getState().answers).toEqual({ 'city-xi-landed-in': 'Moscow' });

    store.getState().dismissNotice();
    await store.persist.rehydrate();
    expect(store.getState().notice).toBeNull();
    expect((await openPage()).getState()).toMatchObject({ notice: null, answers: { 'city-xi-landed-in': 'Moscow' } });
  });

  it('starts clean from saved text that is not even JSON', async () => {
    const storage = useStorage();
    storage.items.set(KEY, '{"state": {"questions": {');
    const store = await openPage();
    expect(store.getState()).toMatchObject({ hydrated: true, notice: { kind: 'unreadable', count: 1 }, answers: {} });
    store.getState().setAnswer('city-xi-landed-in', 'Moscow');
    expect((await openPage()).getState().answers).toEqual({ 'city-xi-landed-in': 'Moscow' });
  });

  it('keeps answers to questions a teacher left alone, and says how many were cleared from the ones changed or removed', async () => {
    const storage = useStorage();
    seed(storage, {
      'city-xi-landed-in': { hash: set.questionHashes['city-xi-landed-in'], at: 1, answer: 'Moscow' },
      'order-of-events': { hash: 'the-question-before-the-teacher-edited-it', at: 3, answer: ['a', 'b'] },
      'a-question-since-removed': { hash: 'old', at: 4, answer: 'x' },
    });
    const store = await openPage();
    expect(store.getState().notice).toEqual({ kind: 'outdated', count: 2 });
    expect(store.getState().answers).toEqual({ 'city-xi-landed-in': 'Moscow' });
  });

  it('reads work saved in another version’s shape as far as it fits', async () => {
    const storage = useStorage();
    seed(storage, { 'city-xi-landed-in': { hash: set.questionHashes['city-xi-landed-in'], at: 1, answer: 'Moscow' } }, 1);
    expect((await openPage()).getState().answers).toEqual({ 'city-xi-landed-in': 'Moscow' });
    expect(storage.items.get(KEY)).toMatch(/"version":2/);
  });

  it('keeps going when storage is full, and says the latest answers are not being saved, once', async () => {
    const storage = useStorage();
    const store = await openPage();
    storage.full = true;
    store.getState().setAnswer('city-xi-landed-in', 'Moscow');
    expect(store.getState()).toMatchObject({ notice: { kind: 'full' }, answers: { 'city-xi-landed-in': 'Moscow' } });
    store.getState().dismissNotice();
    store.getState().setAnswer('airport-name', 'Vnukovo');
    expect(store.getState()).toMatchObject({ notice: null, answers: { 'airport-name': 'Vnukovo' } });
  });

  it('works in memory when the browser will not let it save, and says so', async () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const store = await openPage();
    store.getState().setAnswer('city-xi-landed-in', 'Moscow');
    expect(store.getState()).toMatchObject({ hydrated: true, notice: { kind: 'unavailable' }, answers: { 'city-xi-landed-in': 'Moscow' } });
  });

  it('merges two tabs question by question, the newer change winning in both', async () => {
    useStorage();
    const first = await openPage();
    const second = await openPage();
    first.getState().setAnswer('claim-arms-ammunition', 'false');
    // The second tab saves before it has heard of the first's answer.
    second.getState().setAnswer('airport-name', 'Vnukovo');
    // Each hears of the other's save (a storage event) and reads the saved work again.
    await first.persist.rehydrate();
    await second.persist.rehydrate();
    for (const tab of [first, second]) expect(tab.getState().answers).toEqual({ 'claim-arms-ammunition': 'false', 'airport-name': 'Vnukovo' });

    first.getState().setAnswer('airport-name', 'Moscow Vnukovo');
    await second.persist.rehydrate();
    expect(second.getState().answers['airport-name']).toBe('Moscow Vnukovo');
    expect((await openPage()).getState().answers).toEqual({ 'claim-arms-ammunition': 'false', 'airport-name': 'Moscow Vnukovo' });
  });
});
