import { flushSync } from 'react-dom';

import type { PublicCite } from '@/lib/content';
import type { CiteTarget } from '@/lib/quiz';
import { sentenceLabel } from '@/lib/text';
import { isOneColumn } from '@/lib/ui';
import { useSentenceText } from '@/components/article/article-dom';

import { useQuiz, useQuizStore } from './quiz-provider';

/** The button in a question that starts citing: focus comes back to it when the student is done. */
export const citeStartId = (target: CiteTarget) => `cite-${target.questionId}-${target.part}`;

/** The instructions at the top of the article while citing: focus goes there when citing starts. */
export const CITE_BAR_TITLE = 'cite-bar-title';

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

/** Part B of a paired question: which sentences of the article show the answer. */
export function PartB({ questionId, cite, citation, disabled }: { questionId: string; cite: PublicCite; citation: readonly string[] | undefined; disabled: boolean }) {
  const titleId = `q-${questionId}-part-b`;
  return (
    <section aria-labelledby={titleId} className="mt-4 border-t border-rule pt-3">
      <p className="text-sm font-semibold text-muted">
        Part B{cite.points !== 1 && ` · ${cite.points} points`}
      </p>
      <h4 id={titleId} className="mt-1 font-semibold">
        {cite.prompt}
      </h4>
      <CiteInput target={{ questionId, part: 'cite' }} selected={citation} disabled={disabled} describedBy={titleId} />
    </section>
  );
}

function CitedSentence({ id }: { id: string }) {
  const text = useSentenceText(id);
  return (
    <li className="border-l-2 border-accent pl-2">
      <span className="block text-xs font-semibold tracking-wide text-muted uppercase">{sentenceLabel(id)}</span>
      {text && <span className="font-reading">{text}</span>}
    </li>
  );
}

/** Sentences of the article, by id: where each stands and what it says. */
export function CitedSentenceList({ ids, label }: { ids: readonly string[]; label: string }) {
  if (ids.length === 0) return null;
  return (
    <div className="mt-2">
      <p className="text-sm font-medium">{label}</p>
      <ul className="mt-1 grid gap-2 text-sm">
        {ids.map((id) => (
          <CitedSentence key={id} id={id} />
        ))}
      </ul>
    </div>
  );
}
