import type { CiteTarget } from '@/lib/quiz';

/** The button in a question that starts citing: focus comes back to it when the student is done. */
export const citeStartId = (target: CiteTarget) => `cite-${target.questionId}-${target.part}`;

/** The instructions at the top of the article while citing: focus goes there when citing starts. */
export const CITE_BAR_TITLE = 'cite-bar-title';
