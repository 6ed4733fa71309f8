/**
 * The shape of a student's answer to each kind of question: what the scoring
 * API accepts, and what the browser accepts back from saved progress. Written
 * with zod/mini so the browser can validate without shipping all of zod.
 * zod/mini has no messages of its own: the server imports full zod, which
 * gives every issue its English message.
 */
import { z } from 'zod/mini';

import { SENTENCE_ID } from '@/lib/text';

export const claimVerdicts = ['true', 'false', 'not-stated'] as const;
export type ClaimVerdict = (typeof claimVerdicts)[number];

/** The most sentences a student may cite for one answer, and a teacher may key. */
export const MAX_CITED_SENTENCES = 20;

const choice = z.string().check(z.maxLength(1000));
const choices = z.array(choice).check(z.maxLength(100));

/** Sentences of the article, by id ("3.2" is paragraph 3, sentence 2): each at most once, and a bounded number of them. */
export const citedSentencesSchema = z.array(z.string().check(z.regex(SENTENCE_ID, 'a sentence is named "paragraph.sentence", like "3.2"'))).check(
  z.maxLength(MAX_CITED_SENTENCES, `cite at most ${MAX_CITED_SENTENCES} sentences`),
  z.refine((ids) => new Set(ids).size === ids.length, 'a sentence is cited twice'),
);

/** The first cited sentence the article does not have, as a message; null when every one is the article's. */
export function unknownSentence(ids: readonly string[], article: ReadonlySet<string>): string | null {
  const unknown = ids.find((id) => !article.has(id));
  return unknown === undefined ? null : `the article has no sentence "${unknown}"`;
}

/** One schema per kind of question: adding a kind here makes every table keyed by kind list what it lacks. */
const schemas = {
  'single-choice': choice,
  'multiple-select': choices,
  claim: z.enum(claimVerdicts),
  'who-said': choice,
  /** Quote number ("0", "1", …) → the speaker chosen for it. */
  'match-speakers': z.record(z.string().check(z.regex(/^(?:0|[1-9]\d{0,2})$/, 'keys are quote numbers: "0", "1", …')), choice),
  date: choice,
  /** The items in the order the student put them. */
  order: choices,
  'short-text': choice,
  /** The sentences the student selected in the article. */
  'cite-evidence': citedSentencesSchema,
};

export type QuestionKind = keyof typeof schemas;
export type AnswerOf<K extends QuestionKind> = z.infer<(typeof schemas)[K]>;
export type Answer = AnswerOf<QuestionKind>;
/** A Part B answer: the sentences selected. */
export type Citation = z.infer<typeof citedSentencesSchema>;

/** The schemas above, typed as a table from each kind to its answer, so that `answerSchemas[kind]` parses an `AnswerOf<K>`. */
export const answerSchemas: { [K in QuestionKind]: z.ZodMiniType<AnswerOf<K>> } = schemas;

/** Any kind's answer, for a value whose question is not at hand (a result's right answer). */
export const anyAnswerSchema = z.union([choice, choices, schemas['match-speakers']]);
