/** Values shared by the schema and the browser, kept free of zod so the browser bundle stays small. */
export const claimVerdicts = ['true', 'false', 'not-stated'] as const;
export const feedbackModes = ['practice', 'test'] as const;

export type ClaimVerdict = (typeof claimVerdicts)[number];
export type FeedbackMode = (typeof feedbackModes)[number];

/** The explanation the GIFT import writes when Moodle gave none; content:check warns until a teacher replaces it. */
export const PLACEHOLDER_EXPLANATION = 'No feedback came with this question from Moodle: explain why the answer is right, and point to the passage of the article.';
