import type { PublicSet, SiblingSet } from '@/lib/content';
import { IntentLink } from '@/components/site/intent-link';

import { LaunchLine } from './launch-line';
import { ProgressBar } from './progress-bar';
import { QuestionCard } from './question-card';
import { QuizStatus } from './quiz-status';
import { ScoreSummary } from './score-summary';
import { SubmitBar } from './submit-bar';

/**
 * Past this many questions, cards off screen are not rendered until they come
 * near it (content-visibility, in globals.css): on a slow phone, laying out
 * every card of a very long set makes each answer slow to paint. The price is
 * that such a card's place is an estimate until then, so a set of ordinary
 * length is laid out whole.
 */
const LONG_SET = 60;

const modeNotes = {
  practice: 'Practice: check each answer as you go, then submit the set.',
  test: 'Test: you see what is right once you submit the whole set.',
};

/** An assessment is a test whose score goes to a learning platform's gradebook. */
const modeNote = (set: PublicSet) =>
  set.assessment ? `Graded test: your score goes to your class’s gradebook (${set.attempts === 1 ? 'one graded attempt' : `${set.attempts} graded attempts`}).` : modeNotes[set.mode];

/** The questions column: title, progress, every question, and submission. */
export function QuizPanel({ set, articleTitle, otherSets }: { set: PublicSet; articleTitle: string; otherSets: SiblingSet[] }) {
  return (
    <div>
      <div className="sticky top-0 z-10 -mx-4 -mt-6 border-b border-rule bg-paper/95 px-4 py-3 backdrop-blur">
        <h2 className="text-lg font-bold">{set.title}</h2>
        <p className="text-sm text-muted">
          {set.audience && <>{set.audience} · </>}
          {modeNote(set)}
        </p>
        <LaunchLine />
        <OtherSets sets={otherSets} />
        <div className="mt-2">
          <ProgressBar />
        </div>
      </div>
      <QuizStatus />
      <div className="mt-4">
        <ScoreSummary articleTitle={articleTitle} />
        <ol className="grid list-none gap-4" data-long-set={set.questions.length > LONG_SET ? '' : undefined}>
          {set.questions.map((question, i) => (
            <li key={question.id}>
              <QuestionCard question={question} number={i + 1} practice={set.mode === 'practice'} />
            </li>
          ))}
        </ol>
        <SubmitBar />
      </div>
    </div>
  );
}

/** The other question sets on this article, so a student knows which one they are in and can switch. */
function OtherSets({ sets }: { sets: SiblingSet[] }) {
  if (sets.length === 0) return null;
  return (
    <nav aria-label="Other question sets on this article" className="mt-1 text-sm launched:hidden">
      Also on this article:{' '}
      {sets.map((set, i) => (
        <span key={set.id}>
          {i > 0 && ', '}
          <IntentLink href={`/sets/${set.id}`} className="text-accent underline">
            {set.title}
          </IntentLink>
          {set.audience && ` (${set.audience})`}
        </span>
      ))}
    </nav>
  );
}
