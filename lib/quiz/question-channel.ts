import { changedQuestions, type PerQuestionState } from './changed-questions';

type Subscribe<S> = (listener: (state: S, previous: S) => void) => () => void;

export interface QuestionChannel {
  /** Calls `listener` after each change that touches question `id`; returns the way to stop. */
  subscribe(id: string, listener: () => void): () => void;
}

/**
 * Store subscriptions by question. A set page has a few components per
 * question; subscribed to the store directly, every one of them would be
 * called on every change (hundreds per click in a long set). Through the
 * channel the store has one listener, which works out which questions
 * changed and calls only their components.
 */
export function createQuestionChannel<S extends PerQuestionState>(subscribeToStore: Subscribe<S>): QuestionChannel {
  const byQuestion = new Map<string, Set<() => void>>();
  let unsubscribe: (() => void) | null = null;

  const notify = (state: S, previous: S) => {
    for (const id of changedQuestions(previous, state)) {
      const listeners = byQuestion.get(id);
      if (listeners) for (const listener of [...listeners]) listener();
    }
  };

  return {
    subscribe(id, listener) {
      let listeners = byQuestion.get(id);
      if (!listeners) byQuestion.set(id, (listeners = new Set()));
      listeners.add(listener);
      unsubscribe ??= subscribeToStore(notify);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) byQuestion.delete(id);
        if (byQuestion.size === 0 && unsubscribe) {
          unsubscribe();
          unsubscribe = null;
        }
      };
    },
  };
}
