import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';

import type { PublicSet } from '@/lib/content';
import { type QuestionResult, type ScoreResponse, type Answer, type Citation } from '@/lib/answers';

import { citedFor, toggleCited, type CiteNotice, type CiteTarget } from './cite-target';
import { createQuizStorage } from './quiz-storage';
import { emptyQuizData, type QuizData } from './quiz-data';
import { fromSaved, progressOf, toSaved, type QuizProgress, type Stamps } from './quiz-snapshot';
import { mergeSaved } from './saved-quiz';
import { quizStorageKey, STORAGE_VERSION } from './storage-key';
import type { StorageNotice } from './storage-notice';

export type Panel = 'article' | 'questions';
export type { CiteTarget };

export interface QuizState extends QuizData, Stamps {
  set: PublicSet;
  /** False until saved answers have been read from storage. */
  hydrated: boolean;
  /** Which column a phone shows. */
  panel: Panel;
  /** What is waiting for the server: a question being checked, or the whole set. */
  pending: string | 'submit' | null;
  error: string | null;
  /** Something the student should know about their saved answers. */
  notice: StorageNotice | null;
  /** The answer being given by selecting sentences in the article, if any. */
  citing: CiteTarget | null;
  /** The last change to that selection, for screen readers. */
  citeNotice: CiteNotice | null;
  /** Where a phone had scrolled the questions to when citing started: where it goes back to. */
  citeReturnY: number;

  setAnswer(id: string, answer: Answer | null): void;
  /** Part B of a paired question: the sentences selected, or null for none. */
  setCitation(id: string, sentences: Citation | null): void;
  /** Selects a sentence for the answer being cited, or unselects it. */
  toggleSentence(sentenceId: string): void;
  /** Unselects every sentence of an answer given by citing. */
  clearCited(target: CiteTarget): void;
  /** Starts selecting sentences for a question's answer or its Part B; a phone shows the article. */
  startCiting(target: CiteTarget, returnY?: number): void;
  /** Stops selecting; a phone shows the questions again. */
  stopCiting(): void;
  setPanel(panel: Panel): void;
  startRequest(what: string | 'submit'): void;
  failRequest(message: string): void;
  dismissNotice(): void;
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

const without = <T>(record: Record<string, T>, ids: ReadonlySet<string>) => Object.fromEntries(Object.entries(record).filter(([id]) => !ids.has(id)));

/** A record with one entry set, or taken out when the value is null. */
function withEntry<T>(record: Record<string, T>, id: string, value: T | null): Record<string, T> {
  const next = { ...record };
  if (value === null) delete next[id];
  else next[id] = value;
  return next;
}

/** A clock that never repeats a value, so two changes in one millisecond still have an order. */
function createClock() {
  let last = 0;
  return () => (last = Math.max(Date.now(), last + 1));
}

/**
 * One store per set page: answers, checked results and the submission, saved
 * to localStorage question by question (see saved-quiz.ts) and kept in step
 * with other tabs by QuizProvider.
 */
export function createQuizStore(set: PublicSet) {
  const now = createClock();
  const shown = new Set<StorageNotice['kind']>();
  let notify: (notice: StorageNotice) => void = () => {};
  const storage = createQuizStorage(set.questionHashes, (notice) => {
    if (shown.has(notice.kind)) return;
    shown.add(notice.kind);
    notify(notice);
  });
  const allIds = set.questions.map((q) => q.id);

  const store = createStore<QuizState>()(
    persist(
      (update, read) => {
        /** Marks questions as changed now, clearing their answers and results. */
        const clear = (ids: ReadonlySet<string>) => {
          const at = now();
          update((s) => ({
            answers: without(s.answers, ids),
            citations: without(s.citations, ids),
            results: without(s.results, ids),
            stamps: { ...s.stamps, ...Object.fromEntries([...ids].map((id) => [id, at])) },
            submitted: false,
            submissionAt: at,
            error: null,
          }));
        };
        /** The sentences of a cite-evidence answer, or of a Part B. */
        const setCited = (target: CiteTarget, sentences: Citation | null) =>
          target.part === 'answer' ? read().setAnswer(target.questionId, sentences) : read().setCitation(target.questionId, sentences);
        return {
          ...emptyQuizData(),
          stamps: {},
          submissionAt: 0,
          set,
          hydrated: false,
          panel: 'questions',
          pending: null,
          error: null,
          notice: null,
          citing: null,
          citeNotice: null,
          citeReturnY: 0,

          // A checked question's answers are locked until it is tried again.
          setAnswer: (id, answer) => update((s) => (s.results[id] ? s : { answers: withEntry(s.answers, id, answer), stamps: { ...s.stamps, [id]: now() }, error: null })),
          setCitation: (id, sentences) =>
            update((s) => (s.results[id] ? s : { citations: withEntry(s.citations, id, sentences), stamps: { ...s.stamps, [id]: now() }, error: null })),
          toggleSentence: (sentenceId) => {
            const { citing } = read();
            if (!citing || read().results[citing.questionId]) return;
            const before = citedFor(read(), citing);
            const after = toggleCited(before, sentenceId);
            const count = after?.length ?? 0;
            setCited(citing, after);
            update({ citeNotice: { change: count > before.length ? 'added' : count < before.length ? 'removed' : 'full', sentenceId, count } });
          },
          clearCited: (target) => {
            setCited(target, null);
            if (read().citing) update({ citeNotice: { change: 'cleared', sentenceId: '', count: 0 } });
          },
          startCiting: (target, returnY = 0) => update({ citing: target, citeNotice: null, citeReturnY: returnY, panel: 'article' }),
          stopCiting: () => update({ citing: null, citeNotice: null, panel: 'questions' }),
          setPanel: (panel) => update({ panel }),
          startRequest: (what) => update({ pending: what, error: null }),
          failRequest: (message) => update({ pending: null, error: message }),
          dismissNotice: () => update({ notice: null }),
          recordCheck: (result) =>
            update((s) => ({
              pending: null,
              results: { ...s.results, [result.id]: result },
              stamps: { ...s.stamps, [result.id]: now() },
              citing: s.citing?.questionId === result.id ? null : s.citing,
            })),
          recordSubmission: (response) => {
            const at = now();
            update((s) => ({
              pending: null,
              citing: null,
              submitted: true,
              submissionAt: at,
              results: { ...s.results, ...Object.fromEntries(response.results.map((r) => [r.id, r])) },
              stamps: { ...s.stamps, ...Object.fromEntries(response.results.map((r) => [r.id, at])) },
              lastScore: { score: response.score, maxScore: response.maxScore, at: new Date(at).toISOString() },
            }));
          },
          retryQuestion: (id) => clear(new Set([id])),
          retryAll: () => clear(new Set(allIds)),
          retryMissed: () => clear(new Set(allIds.filter((id) => !read().results[id]?.correct))),
          reset: () => {
            clear(new Set(allIds));
            update({ lastScore: null });
          },
        };
      },
      {
        name: quizStorageKey(set.id),
        version: STORAGE_VERSION,
        storage,
        skipHydration: true,
        partialize: (s): QuizProgress => progressOf(s),
        // Saved answers (from this tab's last visit, or another tab) meet the ones on screen: the newer change wins.
        merge: (persisted, current) =>
          persisted ? { ...current, ...fromSaved(mergeSaved(toSaved(current, set.questionHashes), toSaved(persisted as QuizProgress, set.questionHashes))) } : current,
      },
    ),
  );
  notify = (notice) => store.setState({ notice });
  return store;
}
