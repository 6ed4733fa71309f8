import { describe, expect, it } from 'vitest';

import { fromSaved, progressOf, toSaved, type QuizProgress, type SavedQuiz } from '@/lib/quiz';
import type { QuestionResult } from '@/lib/answers';

const hashes = { a: 'ha', b: 'hb', c: 'hc' };
const result: QuestionResult = { id: 'a', correct: true, points: 1, maxPoints: 1, correctAnswer: ['x', 'y'], explanation: 'Both are named.', evidence: [] };

describe('saved quiz and the store, one into the other', () => {
  it.each<[string, SavedQuiz]>([
    ['nothing saved', { questions: {}, submission: { submitted: false, lastScore: null, at: 0 } }],
    ['an answer', { questions: { a: { hash: 'ha', at: 5, answer: 'Moscow' } }, submission: { submitted: false, lastScore: null, at: 0 } }],
    [
      'an answer, a Part B and a result, submitted',
      {
        questions: { a: { hash: 'ha', at: 9, answer: ['x', 'y'], result }, b: { hash: 'hb', at: 7, citation: ['4.1'] } },
        submission: { submitted: true, lastScore: { score: 1, maxScore: 2, at: '2026-12-01T00:00:00.000Z' }, at: 9 },
      },
    ],
    ['a question cleared, keeping when it was', { questions: { c: { hash: 'hc', at: 3 } }, submission: { submitted: false, lastScore: null, at: 3 } }],
  ])('%s comes back the same', (_name, saved) => {
    expect(toSaved(fromSaved(saved), hashes)).toEqual(saved);
  });

  it('picks the saved part of the state as it is, copying nothing', () => {
    const state = { ...fromSaved({ questions: { a: { hash: 'ha', at: 5, answer: 'Moscow' } }, submission: { submitted: false, lastScore: null, at: 0 } }), panel: 'questions' };
    const picked: QuizProgress = progressOf(state);
    expect(picked).not.toHaveProperty('panel');
    expect(picked.answers).toBe(state.answers);
    expect(picked.stamps).toBe(state.stamps);
  });
});
