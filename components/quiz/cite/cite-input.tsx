'use client';

import { flushSync } from 'react-dom';

import type { CiteTarget } from '@/lib/quiz';
import { isOneColumn } from '@/lib/ui';

import { useQuiz, useQuizStore } from '../quiz-provider';

import { CitedSentenceList } from './cited-sentence-list';
import { CITE_BAR_TITLE, citeStartId } from './cite-ids';

interface CiteInputProps {
  target: CiteTarget;
  /** The sentences selected so far. */
  selected: readonly string[] | undefined;
  /** Once checked, the selection is shown but cannot change. */
  disabled: boolean;
  /** The id of what is being answered (the question's title, or Part B's), so every "Select sentences" button says which. */
  describedBy: string;
}

/**
 * The question's side of an answer given in the article: a button that
 * starts selecting sentences there (a phone switches to the article), and
 * the sentences selected so far.
 */
export function CiteInput({ target, selected = [], disabled, describedBy }: CiteInputProps) {
  const store = useQuizStore();
  const active = useQuiz((s) => s.citing?.questionId === target.questionId && s.citing.part === target.part);

  const start = () => {
    const oneColumn = isOneColumn();
    flushSync(() => store.getState().startCiting(target, window.scrollY));
    document.getElementById(CITE_BAR_TITLE)?.focus({ preventScroll: true });
    // A phone now shows the article where the questions were scrolled to: start at its top. (Wide screens keep the reader's place.)
    if (oneColumn) window.scrollTo({ top: 0, behavior: 'instant' });
  };

  return (
    <div className="mt-3">
      {!disabled && (
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            id={citeStartId(target)}
            aria-describedby={describedBy}
            data-active={active ? '' : undefined}
            onClick={active ? () => store.getState().stopCiting() : start}
            className="rounded-md border border-accent bg-white px-3 py-1.5 font-medium text-accent hover:bg-accent-soft data-active:bg-accent data-active:text-white"
          >
            {active ? 'Done selecting sentences' : selected.length > 0 ? 'Change the sentences in the article' : 'Select sentences in the article'}
          </button>
          {selected.length > 0 && (
            <button type="button" onClick={() => store.getState().clearCited(target)} className="rounded-md border border-muted bg-white px-3 py-1.5 text-sm hover:border-accent">
              Clear the selection
            </button>
          )}
        </div>
      )}
      {selected.length === 0 ? (
        <p className="mt-2 text-sm text-muted">No sentence selected yet.</p>
      ) : (
        <CitedSentenceList ids={selected} label={`Your ${selected.length === 1 ? 'sentence' : `${selected.length} sentences`}:`} />
      )}
    </div>
  );
}
