/**
 * What a student is told about a launch from their learning platform: who
 * they are answering as, where their score went, and why an assessment
 * cannot be answered outside a launch. The server's texts are repeated here
 * word for word, so the page says the same before it has asked.
 */
import type { Grade } from '@/lib/answers';

import type { Launch } from './launch';

/** The line at the top of the questions: "Answering as Ada Lovelace · History 9B". */
export const launchLine = ({ name, to }: Pick<Launch, 'name' | 'to'>) => (name ? `Answering as ${name} · ${to}` : `Answering for ${to}`);

/** Where a submitted score went. */
export function gradeText(grade: Grade): string {
  switch (grade.status) {
    case 'sent':
      return `Your score was sent to ${grade.to}.${grade.attempts > 1 ? ` Attempt ${grade.attempt} of ${grade.attempts}.` : ''}`;
    case 'practice':
      return 'Practice: your graded attempt is already recorded, so this score was not sent.';
    case 'ungraded':
      return `${grade.reason} Your score was not sent to ${grade.to}.`;
  }
}

/** After a graded attempt with more to come, the score is shown without the key. */
export const WITHHELD_TEXT = 'The right answers are shown after your last graded attempt.';

/** An assessment opened outside a launch: the server's 403, shown above the Submit button it disables. */
export const ASSESSMENT_OUTSIDE_LAUNCH = 'This set is a graded assessment: open it from your class page in your learning platform to answer it.';
