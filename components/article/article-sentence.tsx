'use client';

import type { MouseEvent, ReactNode } from 'react';

import { sentenceElementId } from '@/lib/text';
import { citedFor } from '@/lib/quiz';
import { useHasQuiz, useQuiz, useQuizStore } from '@/components/quiz/quiz-provider';

interface SentenceProps {
  /** "3.2": paragraph 3, sentence 2. */
  id: string;
  children: ReactNode;
}

/**
 * One sentence of the article. While a student answers by citing, it can be
 * selected: a checkbox before it (named by the sentence itself) for the
 * keyboard and screen readers, and a click anywhere on it for the mouse.
 * Each sentence subscribes to its own state only, so a click re-renders the
 * sentence clicked, not the whole article.
 */
export function ArticleSentence({ id, children }: SentenceProps) {
  const inQuiz = useHasQuiz();
  if (!inQuiz) {
    return (
      <span id={sentenceElementId(id)} data-sentence={id}>
        {children}
      </span>
    );
  }
  return <SelectableSentence id={id}>{children}</SelectableSentence>;
}

type SentenceState = 'reading' | 'citing' | 'selected';

function SelectableSentence({ id, children }: SentenceProps) {
  // One subscription per sentence (every sentence of the article hydrates one): the action comes from the store when clicked.
  const state = useQuiz((s): SentenceState => (s.citing === null ? 'reading' : citedFor(s, s.citing).includes(id) ? 'selected' : 'citing'));
  const store = useQuizStore();
  const citing = state !== 'reading';
  const selected = state === 'selected';
  const toggleSentence = () => store.getState().toggleSentence(id);
  const elementId = sentenceElementId(id);

  const onClick = (event: MouseEvent) => {
    // A link keeps working, and selecting text to read it closely selects no sentence.
    if ((event.target as Element).closest('a') || window.getSelection()?.isCollapsed === false) return;
    toggleSentence();
  };

  return (
    <>
      {citing && (
        <input
          type="checkbox"
          checked={selected}
          onChange={toggleSentence}
          aria-labelledby={elementId}
          data-cite-box={id}
          className="mr-1 size-4 cursor-pointer align-[-0.15em] accent-accent"
        />
      )}
      <span
        id={elementId}
        data-sentence={id}
        data-citing={citing ? '' : undefined}
        data-selected={selected ? '' : undefined}
        onClick={citing ? onClick : undefined}
        className="article-sentence"
      >
        {children}
      </span>
    </>
  );
}
