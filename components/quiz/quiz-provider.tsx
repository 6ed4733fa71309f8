'use client';

import { createContext, useCallback, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';

import type { PublicSet } from '@/lib/content';
import { createQuizStore, type QuizState, type QuizStore , createQuestionChannel, type QuestionChannel } from '@/lib/quiz';

const QuizStoreContext = createContext<QuizStore | null>(null);
const QuestionChannelContext = createContext<QuestionChannel | null>(null);

/** Gives the set page one quiz store, and reads the student's saved work after the first render. */
export function QuizProvider({ set, children }: { set: PublicSet; children: ReactNode }) {
  const [store] = useState(() => createQuizStore(set));
  const [channel] = useState(() => createQuestionChannel(store.subscribe));
  useEffect(() => {
    let live = true;
    void Promise.resolve(store.persist.rehydrate()).finally(() => {
      if (live) store.setState({ hydrated: true });
    });
    // Another tab saved answers to this set: merge them in, the newer change
    // winning, then save the merge, so an answer lost to two writes at the
    // same instant comes back from whichever tab still holds it.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== store.persist.getOptions().name) return;
      void Promise.resolve(store.persist.rehydrate()).then(() => store.setState({}));
    };
    window.addEventListener('storage', onStorage);
    return () => {
      live = false;
      window.removeEventListener('storage', onStorage);
    };
  }, [store]);
  return (
    <QuizStoreContext.Provider value={store}>
      <QuestionChannelContext.Provider value={channel}>{children}</QuestionChannelContext.Provider>
    </QuizStoreContext.Provider>
  );
}

/** Reads from the quiz store; select a primitive (or use useShallow) so only what changed re-renders. For one question's values, useQuestionQuiz. */
export function useQuiz<T>(selector: (state: QuizState) => T): T {
  const store = useContext(QuizStoreContext);
  if (!store) throw new Error('useQuiz must be used inside <QuizProvider>');
  return useStore(store, selector);
}

/**
 * Reads what belongs to one question (its answer, Part B, result, pending
 * check or citing) and re-renders only when a change touches that question:
 * other questions' changes do not even call the selector.
 */
export function useQuestionQuiz<T>(questionId: string, selector: (state: QuizState) => T): T {
  const store = useQuizStore();
  const channel = useContext(QuestionChannelContext);
  if (!channel) throw new Error('useQuestionQuiz must be used inside <QuizProvider>');
  const subscribe = useCallback((onChange: () => void) => channel.subscribe(questionId, onChange), [channel, questionId]);
  return useSyncExternalStore(
    subscribe,
    () => selector(store.getState()),
    () => selector(store.getInitialState()),
  );
}

/** The store itself, for event handlers that read the latest state or call actions without subscribing. */
export function useQuizStore(): QuizStore {
  const store = useContext(QuizStoreContext);
  if (!store) throw new Error('useQuizStore must be used inside <QuizProvider>');
  return store;
}

/** Whether this part of the page has a quiz: the article is also rendered on its own, without one. */
export function useHasQuiz(): boolean {
  return useContext(QuizStoreContext) !== null;
}
