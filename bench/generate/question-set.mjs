// @ts-check
import { stringify } from 'yaml';

import { BUILDERS } from './question-kinds.mjs';
import { createRandom, mixSeed } from './random.mjs';

/**
 * The kinds of a set's questions, in order: the first nine are one of each
 * kind, and twenty make the mix of a typical teacher's set (three claims and
 * four who-said, three single-choice, two of most others, one order, one
 * cite-evidence). Longer sets repeat the cycle.
 */
export const KIND_CYCLE = [
  'single-choice', 'who-said', 'claim', 'date', 'short-text', 'match-speakers', 'multiple-select', 'order',
  'cite-evidence', 'who-said', 'single-choice', 'claim', 'short-text', 'who-said', 'date', 'multiple-select',
  'claim', 'match-speakers', 'single-choice', 'who-said',
];

export const SCHEMA_LINE = '# yaml-language-server: $schema=../schemas/question-set.schema.json';

/**
 * A question set for an article, as the object a teacher's YAML file holds.
 * @param {import('./article-model.mjs').ArticleModel} article
 * @param {{ seed: number, index: number, questions: number }} options
 */
export function buildQuestionSet(article, { seed, index, questions }) {
  const random = createRandom(mixSeed(seed ^ 0x5e7, index));
  /** @type {Record<string, number>} */
  const seen = {};
  const list = Array.from({ length: questions }, (_, i) => {
    const kind = /** @type {string} */ (KIND_CYCLE[i % KIND_CYCLE.length]);
    const occurrence = (seen[kind] = (seen[kind] ?? -1) + 1);
    const { prompt, ...rest } = /** @type {Record<string, unknown>} */ (BUILDERS[kind]?.(article, occurrence, random));
    return { id: `q${String(i + 1).padStart(2, '0')}-${kind}`, kind, prompt, ...rest };
  });
  const test = index % 2 === 1;
  return {
    title: `${article.town}’s ${article.topic.thing}${test ? ': test' : ''}`,
    article: article.id,
    audience: random.pick(['Grades 6–8', 'Grades 9–12']),
    mode: test ? 'test' : 'practice',
    description: `Read closely how ${article.town} decided on its ${article.topic.thing}: who said what, when things happened, and what the article really claims.`,
    questions: list,
  };
}

/** The set's file: the schema line, then the set as YAML. @param {object} set */
export const questionSetFile = (set) => `${SCHEMA_LINE}\n${stringify(set, { lineWidth: 0 })}`;
