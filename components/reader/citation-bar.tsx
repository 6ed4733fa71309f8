import { useEffect } from 'react';
import { flushSync } from 'react-dom';

import { MAX_CITED_SENTENCES } from '@/lib/answers';
import { citedFor, type CiteTarget } from '@/lib/quiz';
import { excerpt } from '@/lib/text';
import { isOneColumn } from '@/lib/ui';
import { useSentenceText } from '@/components/article/article-dom';
import { CITE_BAR_TITLE, citeStartId } from '@/components/quiz/cite-input';
import { useQuiz, useQuizStore } from '@/components/quiz/quiz-provider';

/** What the last change to the selection was, as a screen reader hears it. */
function Announcement() {
  const notice = useQuiz((s) => s.citeNotice);
  const text = useSentenceText(notice?.sentenceId ?? '');
  let message = '';
  if (notice?.change === 'cleared') message = 'Selection cleared, 0 selected';
  else if (notice?.change === 'full') message = `You can select at most ${MAX_CITED_SENTENCES} sentences; unselect one first`;
  else if (notice) message = `Sentence ${notice.change}: ${excerpt(text)}, ${notice.count} selected`;
  return (
    <p aria-live="polite" className="sr-only" data-testid="cite-announcement">
      {message}
    </p>
  );
}

function ActiveBar({ target }: { target: CiteTarget }) {
  const store = useQuizStore();
  const count = useQuiz((s) => citedFor(s, target).length);
  const number = useQuiz((s) => s.set.questions.findIndex((q) => q.id === target.questionId) + 1);
  const question = useQuiz((s) => s.set.questions.find((q) => q.id === target.questionId));
  const prompt = target.part === 'cite' ? question?.cite?.prompt : question?.kind === 'cite-evidence' && question.claim ? `${question.prompt} “${question.claim}”` : question?.prompt;

  useEffect(() => {
    // Escape anywhere ends the selection, as Done does.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') finish();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  /**
   * Back to the question, focus on the button that started it. A phone shows
   * the questions again, scrolled back to where they were before the button
   * is brought into view, so the column does not start from the article's place.
   */
  function finish() {
    const { citeReturnY, stopCiting } = store.getState();
    flushSync(() => stopCiting());
    if (isOneColumn()) window.scrollTo({ top: citeReturnY, behavior: 'instant' });
    const button = document.getElementById(citeStartId(target));
    button?.focus({ preventScroll: true });
    button?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  }

  return (
    <div role="region" aria-labelledby={CITE_BAR_TITLE} className="sticky top-14 z-10 -mx-4 -mt-6 mb-4 border-b-2 border-accent bg-accent-soft px-4 py-3 font-ui lg:top-0" data-testid="cite-bar">
      <p id={CITE_BAR_TITLE} tabIndex={-1} className="font-semibold">
        Question {number}
        {target.part === 'cite' ? ', Part B' : ''}: select the sentences that answer it
      </p>
      {prompt && <p className="mt-1 text-sm">{prompt}</p>}
      <p className="mt-1 text-sm text-muted">
        Click a sentence, or Tab to its box and press Space. Escape or Done goes back to the question.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button type="button" onClick={finish} className="rounded-md bg-accent px-3 py-1.5 font-medium text-white hover:bg-accent-strong">
          Done
        </button>
        <span className="text-sm font-medium" data-testid="cite-count">
          {count} {count === 1 ? 'sentence' : 'sentences'} selected
        </span>
      </div>
      <Announcement />
    </div>
  );
}

/** While a student answers by citing: what to do, how many sentences are selected, and the way back. */
export function CitationBar() {
  const target = useQuiz((s) => s.citing);
  return target ? <ActiveBar target={target} /> : null;
}
