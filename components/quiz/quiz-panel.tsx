import { Fragment } from 'react';

import { type PublicSet ,type  SiblingSet } from '@/lib/content';
import { laysOutWhenIdle, skipsLayoutOffscreen } from '@/lib/quiz';
import { inGroups } from '@/lib/ui';

import { OtherSets } from './other-sets';

import { LayOutWhenIdle } from './lay-out-when-idle';
import { ProgressBar } from './progress-bar';
import { QuestionCard } from './question-card';
import { QuizStatus } from './quiz-status';
import { ScoreSummary } from './score-summary';
import { SubmitBar } from './submit-bar';

/**
 * The question list's items come in keyed fragments of this many, which add
 * nothing to the page: when one question changes, React passes through some
 * 30 list entries instead of every question's (200 in a long set).
 */
const QUESTIONS_PER_FRAGMENT = 16;

const modeNotes = {
  practice: 'Practice: check each answer as you go, then submit the set.',
  test: 'Test: you see what is right once you submit the whole set.',
};

/** The questions column: title, progress, every question, and submission. */
export function QuizPanel({ set, articleTitle, otherSets }: { set: PublicSet; articleTitle: string; otherSets: SiblingSet[] }) {
  return (
    <div>
      <div className="sticky top-0 z-10 -mx-4 -mt-6 border-b border-rule bg-paper/95 px-4 py-3 backdrop-blur">
        <h2 className="text-lg font-bold">{set.title}</h2>
        <p className="text-sm text-muted">
          {set.audience && <>{set.audience} · </>}
          {modeNotes[set.mode]}
        </p>
        <OtherSets sets={otherSets} />
        <div className="mt-2">
          <ProgressBar />
        </div>
      </div>
      <QuizStatus />
      <div className="mt-4">
        <ScoreSummary articleTitle={articleTitle} />
        <LayOutWhenIdle enabled={laysOutWhenIdle(set.questions.length)}>
          <ol className="grid list-none gap-4">
            {inGroups(set.questions, QUESTIONS_PER_FRAGMENT).map((group, g) => (
              <Fragment key={group[0]?.id ?? g}>
                {group.map((question, i) => {
                  const number = g * QUESTIONS_PER_FRAGMENT + i + 1;
                  return (
                    <li key={question.id}>
                      <QuestionCard question={question} number={number} practice={set.mode === 'practice'} skipOffscreen={skipsLayoutOffscreen(number)} />
                    </li>
                  );
                })}
              </Fragment>
            ))}
          </ol>
        </LayOutWhenIdle>
        <SubmitBar />
      </div>
    </div>
  );
}
