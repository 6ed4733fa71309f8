'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';

import type { PublicSet } from '@/lib/content';
import { createQuizStore, readLaunch, type QuizState, type QuizStore } from '@/lib/quiz';

const QuizStoreContext = createContext<QuizStore | null>(null);

/**
 * Gives the set page one quiz store, and after the first render reads the
 * launch in the URL's fragment, if any, then the student's saved work.
 */
export function QuizProvider({ set, children }: { set: PublicSet; children: ReactNode }) {
  const [store] = useState(() => createQuizStore(set));
  useEffect(() => {
    const launch = readLaunch(window.location.hash, store.getState().set.id);
    // Styles hide what would leave the platform's frame (the `launched:` variant in globals.css).
    if (launch) document.documentElement.dataset.launch = '';
    void store.getState().open(launch);
    // Another tab saved work on this set: merge it in (the store saves the merge).
    const onStorage = (event: StorageEvent) => {
      if (event.key === store.persist.getOptions().name) void store.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);
  return <QuizStoreContext.Provider value={store}>{children}</QuizStoreContext.Provider>;
}

/** Reads from the quiz store; select a primitive (or use useShallow) so only what changed re-renders. */
export function useQuiz<T>(selector: (state: QuizState) => T): T {
  return useStore(useQuizStore(), selector);
}

/** The store itself, for event handlers that read the latest state or call actions without subscribing. */
export function useQuizStore(): QuizStore {
  const store = useContext(QuizStoreContext);
  if (!store) throw new Error('useQuizStore must be used inside <QuizProvider>');
  return store;
}
