'use client';

import { useRef, type ReactNode } from 'react';

import { useQuiz } from '@/components/quiz/quiz-provider';
import type { Panel } from '@/lib/quiz';
import { cx } from '@/lib/ui';

import { ArticleCiting } from './article-citing';
import { CitationBar } from './citation-bar';

const tabs: { panel: Panel; label: string }[] = [
  { panel: 'article', label: 'Read the article' },
  { panel: 'questions', label: 'Answer questions' },
];

/**
 * The article beside the questions on a wide screen, each column scrolling on
 * its own; on a phone, one at a time with a switch between them.
 */
export function ReaderLayout({ article, questions }: { article: ReactNode; questions: ReactNode }) {
  const panel = useQuiz((s) => s.panel);
  const setPanel = useQuiz((s) => s.setPanel);
  const articleColumn = useRef<HTMLElement>(null);
  const column = 'relative min-h-0 px-4 py-6 lg:overflow-y-auto';
  return (
    <div className="flex min-h-0 flex-1 flex-col lg:h-[calc(100dvh-3rem)] lg:flex-none">
      <div role="group" aria-label="Show" className="sticky top-0 z-20 flex gap-1 border-b border-rule bg-white p-2 lg:hidden">
        {tabs.map((tab) => (
          <button
            key={tab.panel}
            type="button"
            aria-pressed={panel === tab.panel}
            onClick={() => setPanel(tab.panel)}
            className="flex-1 rounded-md px-3 py-2 font-medium aria-pressed:bg-accent aria-pressed:text-white"
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="grid min-h-0 flex-1 lg:grid-cols-2 lg:divide-x lg:divide-rule">
        <section ref={articleColumn} tabIndex={0} aria-label="Article" className={cx(column, panel !== 'article' && 'max-lg:hidden')} data-panel="article">
          <CitationBar />
          <ArticleCiting article={articleColumn} />
          {article}
        </section>
        <section tabIndex={0} aria-label="Questions" className={cx(column, 'bg-stone-50', panel !== 'questions' && 'max-lg:hidden')} data-panel="questions">
          {questions}
        </section>
      </div>
    </div>
  );
}
