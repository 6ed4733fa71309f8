import { describe, expect, it } from 'vitest';

import { toPublicSet } from '@/lib/content';
import { citedFor, toggleCited, createQuizStore, countAnswered } from '@/lib/quiz';

import { loadSeedSet } from './support/seed';

describe('toggleCited', () => {
  it.each<[string, string[] | undefined, string, string[] | null]>([
    ['adds a first sentence', undefined, '4.1', ['4.1']],
    ['adds in reading order, paragraph numbers compared as numbers', ['2.1', '10.1'], '9.3', ['2.1', '9.3', '10.1']],
    ['takes a selected sentence away', ['4.1', '4.2'], '4.1', ['4.2']],
    ['gives null when the last one goes', ['4.1'], '4.1', null],
  ])('%s', (_name, selected, id, expected) => {
    expect(toggleCited(selected, id)).toEqual(expected);
  });

  it('takes no 21st sentence, but still lets one go', () => {
    const full = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);
    expect(toggleCited(full, '2.1')).toBe(full);
    expect(toggleCited(full, '1.20')).toHaveLength(19);
  });
});

describe('the quiz store while citing', () => {
  const set = toPublicSet(loadSeedSet());
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
    store.getState().recordCheck({ id: 'cite-no-breakthrough', correct: false, points: 0.5, maxPoints: 1, correctAnswer: ['4.1', '4.2'], explanation: 'E', evidence: [] });
    expect(store.getState().citing).toBeNull();
    store.getState().startCiting(answer);
    store.getState().toggleSentence('4.2');
    expect(store.getState().answers['cite-no-breakthrough']).toEqual(['4.1']);

    store.getState().retryQuestion('cite-no-breakthrough');
    expect(store.getState().answers).toEqual({});
  });
});
