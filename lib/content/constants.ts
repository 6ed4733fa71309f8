export const feedbackModes = ['practice', 'test'] as const;

/** Part B of a paired question asks this unless the set says otherwise. */
export const DEFAULT_CITE_PROMPT = 'Which sentence of the article shows it?';

export type FeedbackMode = (typeof feedbackModes)[number];

/** The explanation the GIFT import writes when Moodle gave none; content:check warns until a teacher replaces it. */
export const PLACEHOLDER_EXPLANATION = 'No feedback came with this question from Moodle: explain why the answer is right, and point to the passage of the article.';
