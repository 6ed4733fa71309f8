/** Values shared by the schema and the browser, kept free of zod so the browser bundle stays small. */
export const claimVerdicts = ['true', 'false', 'not-stated'] as const;
export const feedbackModes = ['practice', 'test'] as const;

/** Part B of a paired question asks this unless the set says otherwise. */
export const DEFAULT_CITE_PROMPT = 'Which sentence of the article shows it?';
/** The most sentences a student may cite for one answer, and a teacher may key. */
export const MAX_CITED_SENTENCES = 20;

export type ClaimVerdict = (typeof claimVerdicts)[number];
export type FeedbackMode = (typeof feedbackModes)[number];

/** The explanation the GIFT import writes when Moodle gave none; content:check warns until a teacher replaces it. */
export const PLACEHOLDER_EXPLANATION = 'No feedback came with this question from Moodle: explain why the answer is right, and point to the passage of the article.';
