/** Values shared by the schema and the browser, kept free of zod so the browser bundle stays small. */
export const claimVerdicts = ['true', 'false', 'not-stated'] as const;
export const feedbackModes = ['practice', 'test'] as const;

export type ClaimVerdict = (typeof claimVerdicts)[number];
export type FeedbackMode = (typeof feedbackModes)[number];
