/**
 * The shape of a student's answer to each kind of question: what the scoring
 * API accepts, and what the browser accepts back from saved progress. Written
 * with Valibot, whose functions the bundler keeps only as used, so the
 * browser validates without carrying a whole schema library.
 */
import * as v from 'valibot';

import { SENTENCE_ID } from '@/lib/text';

export const claimVerdicts = ['true', 'false', 'not-stated'] as const;
export type ClaimVerdict = (typeof claimVerdicts)[number];

/** The most sentences a student may cite for one answer, and a teacher may key. */
export const MAX_CITED_SENTENCES = 20;

const choice = v.pipe(v.string(), v.maxLength(1000));
const choices = v.pipe(v.array(choice), v.maxLength(100));

/** Sentences of the article, by id ("3.2" is paragraph 3, sentence 2): each at most once, and a bounded number of them. */
export const citedSentencesSchema = v.pipe(
  v.array(v.pipe(v.string(), v.regex(SENTENCE_ID, 'a sentence is named "paragraph.sentence", like "3.2"'))),
  v.maxLength(MAX_CITED_SENTENCES, `cite at most ${MAX_CITED_SENTENCES} sentences`),
  v.check((ids) => new Set(ids).size === ids.length, 'a sentence is cited twice'),
);

/** The first cited sentence the article does not have, as a message; null when every one is the article's. */
export function unknownSentence(ids: readonly string[], article: ReadonlySet<string>): string | null {
  const unknown = ids.find((id) => !article.has(id));
  return unknown === undefined ? null : `the article has no sentence "${unknown}"`;
}

/** Item number ("0", "1", …) → the entry of the list chosen for it: a quote's speaker, or an item's match. */
const matches = v.pipe(
  // Valibot's record would take a list as one keyed "0", "1", …
  v.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'a matching is an object from item numbers to the entries chosen'),
  v.record(v.pipe(v.string(), v.regex(/^(?:0|[1-9]\d{0,2})$/, 'keys are item numbers: "0", "1", …')), choice),
);

/** One schema per kind of question: adding a kind here makes every table keyed by kind list what it lacks. */
const schemas = {
  'single-choice': choice,
  'multiple-select': choices,
  claim: v.picklist(claimVerdicts),
  'who-said': choice,
  'match-speakers': matches,
  matching: matches,
  date: choice,
  /** What the student typed; the number in it is read when it is scored. */
  numeric: choice,
  /** The items in the order the student put them. */
  order: choices,
  'short-text': choice,
  /** The sentences the student selected in the article. */
  'cite-evidence': citedSentencesSchema,
};

export type QuestionKind = keyof typeof schemas;
export type AnswerOf<K extends QuestionKind> = v.InferOutput<(typeof schemas)[K]>;
export type Answer = AnswerOf<QuestionKind>;
/** A Part B answer: the sentences selected. */
export type Citation = v.InferOutput<typeof citedSentencesSchema>;

/** The schemas above, typed as a table from each kind to its answer, so that `answerSchemas[kind]` parses an `AnswerOf<K>`. */
export const answerSchemas: { [K in QuestionKind]: v.GenericSchema<unknown, AnswerOf<K>> } = schemas;

/** Any kind's answer, for a value whose question is not at hand (a result's right answer). */
export const anyAnswerSchema = v.union([choice, choices, matches]);
