import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';

import type { PublicSet } from '@/lib/content/public-set';
import type { QuestionResult, ScoreResponse } from '@/lib/scoring/score-types';

import type { Answer } from './answer-schema';
import { emptyQuizData, type QuizData } from './quiz-data';
import { quizStorageKey, STORAGE_VERSION } from './storage-key';

export type Panel = 'article' | 'questions';

export interface QuizState extends QuizData {
  set: PublicSet;
  /** False until saved answers have been read from storage. */
  hydrated: boolean;
  /** Which column a phone shows. */
  panel: Panel;
  /** What is waiting for the server: a question being checked, or the whole set. */
  pending: string | 'submit' | null;
  error: string | null;

  setAnswer(id: string, answer: Answer | null): void;
  setPanel(panel: Panel): void;
  startRequest(what: string | 'submit'): void;
  failRequest(message: string): void;
  /** Practice mode: one question checked. */
  recordCheck(result: QuestionResult): void;
  recordSubmission(response: ScoreResponse): void;
  /** Practice mode: answer one checked question again. */
  retryQuestion(id: string): void;
  retryAll(): void;
  retryMissed(): void;
  reset(): void;
}

export type QuizStore = ReturnType<typeof createQuizStore>;

const byId = (results: readonly QuestionResult[]) => Object.fromEntries(results.map((r) => [r.id, r]));

const without = <T>(record: Record<string, T>, ids: ReadonlySet<string>) => Object.fromEntries(Object.entries(record).filter(([id]) => !ids.has(id)));

/** One store per set page: answers, checked results and the submission, saved to localStorage. */
export function createQuizStore(set: PublicSet) {
  return createStore<QuizState>()(
    persist(
      (update, read) => ({
        ...emptyQuizData(),
        set,
        hydrated: false,
        panel: 'questions',
        pending: null,
        error: null,

        setAnswer: (id, answer) =>
          update((s) => {
            if (s.results[id]) return s;
            const answers = { ...s.answers };
            if (answer === null) delete answers[id];
            else answers[id] = answer;
            return { answers, error: null };
          }),
        setPanel: (panel) => update({ panel }),
        startRequest: (what) => update({ pending: what, error: null }),
        failRequest: (message) => update({ pending: null, error: message }),
        recordCheck: (result) => update((s) => ({ pending: null, results: { ...s.results, [result.id]: result } })),
        recordSubmission: (response) =>
          update((s) => ({
            pending: null,
            submitted: true,
            results: { ...s.results, ...byId(response.results) },
            lastScore: { score: response.score, maxScore: response.maxScore, at: new Date().toISOString() },
          })),
        retryQuestion: (id) => update((s) => ({ results: without(s.results, new Set([id])), answers: without(s.answers, new Set([id])) })),
        retryAll: () => update({ answers: {}, results: {}, submitted: false, error: null }),
        retryMissed: () => {
          const missed = new Set(Object.values(read().results).filter((r) => !r.correct).map((r) => r.id));
          for (const q of read().set.questions) if (!read().results[q.id]) missed.add(q.id);
          update((s) => ({ answers: without(s.answers, missed), results: without(s.results, missed), submitted: false, error: null }));
        },
        reset: () => update({ ...emptyQuizData(), error: null }),
      }),
      {
        name: quizStorageKey(set.id, set.hash),
        version: STORAGE_VERSION,
        storage: createJSONStorage(() => localStorage),
        skipHydration: true,
        partialize: ({ answers, results, submitted, lastScore }): QuizData => ({ answers, results, submitted, lastScore }),
      },
    ),
  );
}
