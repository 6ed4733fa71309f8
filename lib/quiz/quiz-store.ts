import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';

import type { PublicSet } from '@/lib/content';
import type { Answer, Citation, QuestionResult, ScoreResponse } from '@/lib/answers';

import { citedFor, toggleCited, type CiteTarget } from './answering';
import { newSeed } from './arrangement';
import type { Launch } from './launch';
import { quizStorage, type StorageNotice } from './quiz-storage';
import type { FailureKind, ScoreFailure } from './request-score';
import { fromSaved, mergeSaved, quizStorageKey, readSaved, SAVED_VERSION, toSaved, type QuizProgress } from './saved-quiz';

export type Panel = 'article' | 'questions';

/** The last change to a selection of sentences, for screen readers. */
export interface CiteNotice {
  change: 'added' | 'removed' | 'cleared' | 'full';
  sentenceId: string;
  /** How many sentences are selected after the change. */
  count: number;
}

export interface QuizState extends QuizProgress {
  set: PublicSet;
  /** False until saved work has been read from storage. */
  hydrated: boolean;
  /** Which column a phone shows. */
  panel: Panel;
  /** What is waiting for the server: a question being checked, or the whole set. */
  pending: string | 'submit' | null;
  error: ScoreFailure | null;
  /** Something the student should know about their saved work. */
  notice: StorageNotice | null;
  /** True once the browser has refused storage: the work lasts only while the page is open. */
  unsaved: boolean;
  /** The launch from a learning platform this page was opened by, if any: it comes in with the saved work (see `open`). */
  launch: Launch | null;
  /** The answer being given by selecting sentences in the article, if any. */
  citing: CiteTarget | null;
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
  /**
   * Reads the student's saved work, once the launch the page was opened by
   * is known: each launched student's work is saved apart, so the launch
   * decides where it is read from, and it is set together with that work.
   */
  open(launch: Launch | null): Promise<void>;
  startRequest(what: string | 'submit'): void;
  /** No score: the answers are kept as they are, and the set stays unsubmitted. */
  failRequest(message: string, kind?: FailureKind): void;
  dismissNotice(): void;
  /** Practice mode: one question checked. */
  recordCheck(result: QuestionResult): void;
  /** The whole set scored: its results, or (withheld) the score alone, and where the score went. */
  recordSubmission(response: ScoreResponse): void;
  /** Practice mode: answer one checked question again. */
  retryQuestion(id: string): void;
  retryAll(): void;
  retryMissed(): void;
  reset(): void;
}

export type QuizStore = ReturnType<typeof createQuizStore>;

/** Whether a question's answer can no longer change: it has been checked, or the set submitted with its results withheld. */
export const isLocked = (s: Pick<QuizState, 'results' | 'submitted' | 'withheld'>, id: string) => s.results[id] !== undefined || (s.submitted && s.withheld);

const without = <T>(record: Record<string, T>, ids: ReadonlySet<string>) => Object.fromEntries(Object.entries(record).filter(([id]) => !ids.has(id)));

/** A record with one entry set, or taken out when the value is null. */
const withEntry = <T>(record: Record<string, T>, id: string, value: T | null) => (value === null ? without(record, new Set([id])) : { ...record, [id]: value });

/** The hand-in's code, or why it has none, as the server stamped a whole set. */
const stampOf = ({ handIn }: ScoreResponse) => (!handIn ? {} : 'code' in handIn ? { code: handIn.code } : { unverified: handIn.unverified });

/** A clock that never repeats a value, so two changes in one millisecond still have an order. */
function createClock() {
  let last = 0;
  return () => (last = Math.max(Date.now(), last + 1));
}

/**
 * One store per set page: answers, checked results and the submission,
 * saved to localStorage on every change (see saved-quiz.ts). QuizProvider
 * reads the launch and the saved work after the first render with `open()`,
 * and the saved work again with `persist.rehydrate()` whenever another tab saves.
 */
export function createQuizStore(set: PublicSet) {
  const now = createClock();
  const allIds = set.questions.map((q) => q.id);
  const shown = new Set<StorageNotice['kind']>();
  /** The launch the page was opened by: it comes into the store with the saved work. */
  let opened: Launch | null = null;
  /** A notice the student has not had yet: each kind is told once. */
  const firstTime = (notice: StorageNotice | null): { notice?: StorageNotice } => {
    if (!notice || shown.has(notice.kind)) return {};
    shown.add(notice.kind);
    return { notice };
  };

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
            grade: null,
            withheld: false,
            error: null,
          }));
        };
        /** The sentences of a cite-evidence answer, or of a Part B. */
        const setCited = (target: CiteTarget, sentences: Citation | null) =>
          target.part === 'answer' ? read().setAnswer(target.questionId, sentences) : read().setCitation(target.questionId, sentences);
        return {
          answers: {},
          citations: {},
          results: {},
          submitted: false,
          lastScore: null,
          grade: null,
          withheld: false,
          stamps: {},
          submissionAt: 0,
          seed: null,
          set,
          hydrated: false,
          panel: 'questions',
          pending: null,
          error: null,
          notice: null,
          unsaved: false,
          launch: null,
          citing: null,
          citeNotice: null,
          citeReturnY: 0,

          // A checked question's answers are locked until it is tried again, and so are all of a submission whose results were withheld.
          setAnswer: (id, answer) => update((s) => (isLocked(s, id) ? s : { answers: withEntry(s.answers, id, answer), stamps: { ...s.stamps, [id]: now() }, error: null })),
          setCitation: (id, sentences) =>
            update((s) => (isLocked(s, id) ? s : { citations: withEntry(s.citations, id, sentences), stamps: { ...s.stamps, [id]: now() }, error: null })),
          toggleSentence: (sentenceId) => {
            const { citing } = read();
            if (!citing || isLocked(read(), citing.questionId)) return;
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
          open: (launch): Promise<void> => {
            // Nothing is set in the store before saved work is read: each change is saved, and would overwrite it.
            opened = launch;
            store.persist.setOptions({ name: quizStorageKey(set.id, launch?.student) });
            return store.persist.rehydrate();
          },
          startRequest: (what) => update({ pending: what, error: null }),
          failRequest: (message, kind = 'other') => update({ pending: null, error: { message, kind } }),
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
              // The hand-in's time is the server's, which its code is made over.
              lastScore: { score: response.score, maxScore: response.maxScore, at: response.handIn?.at ?? new Date(at).toISOString(), ...stampOf(response) },
              grade: response.grade ?? null,
              withheld: response.withheld === true,
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
        version: SAVED_VERSION,
        storage: quizStorage((notice) => {
          const told = firstTime(notice);
          if (told.notice) store.setState({ ...told, ...(notice.kind === 'unavailable' && { unsaved: true }) });
        }),
        skipHydration: true,
        // What is saved is unknown until `merge` has read it with the set's schemas.
        partialize: (s): unknown => toSaved(s, set.questionHashes),
        // Work saved in another version's shape is read as this one: the reader keeps what still fits, and says what it dropped.
        migrate: (persisted) => persisted,
        // Saved work (from the last visit, or another tab) meets the work on screen: question by question, the newer change wins.
        merge: (persisted, current) => {
          const { saved, unreadable, outdated } = readSaved(persisted, set);
          const notice: StorageNotice | null = unreadable > 0 ? { kind: 'unreadable', count: unreadable } : outdated > 0 ? { kind: 'outdated', count: outdated } : null;
          const progress = fromSaved(mergeSaved(toSaved(current, set.questionHashes), saved));
          // A student's first visit makes the seed of their own order of lists; it is saved with their work from then on.
          return { ...current, ...progress, seed: progress.seed ?? newSeed(), ...firstTime(notice), launch: opened };
        },
        // Once saved work is read, the page is hydrated and the merge saved: an answer lost to two tabs writing at the same instant comes back from whichever still holds it.
        onRehydrateStorage: () => () => store.setState({ hydrated: true }),
      },
    ),
  );
  return store;
}
