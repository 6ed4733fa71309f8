/**
 * One rule per kind of question: whether an answer fits the question, how
 * much of the question's credit it earns (a fraction from 0 to 1), and what
 * the right answer is. A new kind of question does not compile until it has
 * its rule. The rules are written out for teachers in docs/scoring.md.
 */
import { areAdjacent } from '@/lib/text';
import { unknownSentence, type Answer, type AnswerOf } from '@/lib/answers';
import type { Question, QuestionKind, QuestionOf } from '@/lib/content';

import { matchesNumber, numericAnswerText } from './numeric-answer';
import { matchesTypedAnswer } from './typed-answers';
import { matchesDateAnswer } from './typed-dates';

export interface KindRule<K extends QuestionKind> {
  /**
   * What is wrong with an answer already of the kind's shape: a choice that
   * is not offered, an ordering that is not one of the items, a citation of a
   * sentence the article does not have (`sentences`, by id). Null when it fits.
   */
  problem(question: QuestionOf<K>, answer: AnswerOf<K>, sentences: ReadonlySet<string>): string | null;
  /**
   * The fraction of the points earned, from 0 to 1. `citedKey`: the ids of
   * the right sentences of a question answered by citing, worked out from its
   * evidence when the set is compiled (empty for every other question).
   */
  fraction(question: QuestionOf<K>, answer: AnswerOf<K>, citedKey: readonly string[]): number;
  correctAnswer(question: QuestionOf<K>, citedKey: readonly string[]): AnswerOf<K>;
}

const exact = (given: string, right: string) => (given === right ? 1 : 0);

const among = (value: string, list: readonly string[], what: string) => (list.includes(value) ? null : `"${value}" is not one of the ${what}`);

/** Right choices minus wrong choices, over the number of right options; never below 0. */
export function selectFraction(chosen: readonly string[], right: readonly string[]): number {
  const picked = [...new Set(chosen)];
  const hits = picked.filter((option) => right.includes(option)).length;
  return Math.max(0, (hits - (picked.length - hits)) / right.length);
}

/** The share of pairs of items that stand in the right order relative to each other. */
export function orderFraction(given: readonly string[], right: readonly string[]): number {
  const position = new Map(given.map((item, i) => [item, i]));
  const pairs = right.flatMap((first, i) => right.slice(i + 1).map((second) => [position.get(first), position.get(second)] as const));
  const inOrder = pairs.filter(([a, b]) => a !== undefined && b !== undefined && a < b).length;
  return pairs.length === 0 ? 0 : inOrder / pairs.length;
}

/**
 * How much credit a selection of sentences earns against the right ones, from
 * 0 to 1 (docs/scoring.md, "Cited sentences"):
 * (right sentences selected + ½ × sentences selected next to a missed right
 * one, in the same paragraph − ½ × every other sentence selected) ÷ the
 * number of right sentences, never below 0. Exactly the right sentences earn
 * full credit; each sentence next to a missed one counts for one missed
 * sentence only, the first in reading order.
 */
export function citeFraction(selected: readonly string[], right: readonly string[]): number {
  if (right.length === 0) return 0;
  const chosen = new Set(selected);
  const rightSet = new Set(right);
  const hits = [...chosen].filter((id) => rightSet.has(id)).length;
  const others = [...chosen].filter((id) => !rightSet.has(id));
  let near = 0;
  for (const missed of right.filter((id) => !chosen.has(id))) {
    const at = others.findIndex((id) => areAdjacent(id, missed));
    if (at < 0) continue;
    near++;
    others.splice(at, 1);
  }
  return Math.min(1, Math.max(0, (hits + near / 2 - others.length / 2) / rightSet.size));
}

type Matches = Record<string, string>;

/** What is wrong with a matching: an item number the question does not have, or an entry its list does not offer. */
function matchProblem(items: number, offered: readonly string[], answer: Matches, item: string, list: string): string | null {
  for (const [key, chosen] of Object.entries(answer)) {
    if (Number(key) >= items) return `there is no ${item} number ${key}`;
    if (!offered.includes(chosen)) return `"${chosen}" is not one of the ${list}`;
  }
  return null;
}

/** Each item matched right earns an equal share; one left unmatched earns nothing. */
export const matchFraction = (right: readonly string[], answer: Matches) => right.filter((match, i) => answer[String(i)] === match).length / right.length;

const rightMatches = (right: readonly string[]): Matches => Object.fromEntries(right.map((match, i) => [String(i), match]));

export const kindRules: { [K in QuestionKind]: KindRule<K> } = {
  'single-choice': {
    problem: (q, a) => among(a, q.options, 'options'),
    fraction: (q, a) => exact(a, q.answer),
    correctAnswer: (q) => q.answer,
  },
  'multiple-select': {
    problem: (q, a) => (new Set(a).size !== a.length ? 'an option is chosen twice' : (a.map((value) => among(value, q.options, 'options')).find(Boolean) ?? null)),
    fraction: (q, a) => selectFraction(a, q.answers),
    correctAnswer: (q) => q.answers,
  },
  claim: {
    problem: () => null,
    fraction: (q, a) => exact(a, q.answer),
    correctAnswer: (q) => q.answer,
  },
  'who-said': {
    problem: (q, a) => among(a, q.speakers, 'speakers'),
    fraction: (q, a) => exact(a, q.answer),
    correctAnswer: (q) => q.answer,
  },
  'match-speakers': {
    problem: (q, a) => matchProblem(q.pairs.length, [...q.pairs.map((p) => p.speaker), ...q.distractors], a, 'quote', 'speakers'),
    fraction: (q, a) => matchFraction(q.pairs.map((p) => p.speaker), a),
    correctAnswer: (q) => rightMatches(q.pairs.map((p) => p.speaker)),
  },
  matching: {
    problem: (q, a) => matchProblem(q.pairs.length, [...q.pairs.map((p) => p.match), ...q.distractors], a, 'item', 'matches'),
    fraction: (q, a) => matchFraction(q.pairs.map((p) => p.match), a),
    correctAnswer: (q) => rightMatches(q.pairs.map((p) => p.match)),
  },
  date: {
    problem: (q, a) => (q.options ? among(a, q.options, 'options') : null),
    fraction: (q, a) => (q.options ? exact(a, q.answer) : matchesDateAnswer(a, q) ? 1 : 0),
    correctAnswer: (q) => q.answer,
  },
  numeric: {
    problem: () => null,
    fraction: (q, a) => (matchesNumber(q, a) ? 1 : 0),
    correctAnswer: (q) => numericAnswerText(q),
  },
  order: {
    problem: (q, a) =>
      a.length === q.items.length && new Set(a).size === a.length && a.every((item) => q.items.includes(item)) ? null : 'an ordering must list every item exactly once',
    fraction: (q, a) => orderFraction(a, q.items),
    correctAnswer: (q) => q.items,
  },
  'short-text': {
    problem: () => null,
    fraction: (q, a) => (matchesTypedAnswer(a, [q.answer, ...q.accept], { typos: q.typos }) ? 1 : 0),
    correctAnswer: (q) => q.answer,
  },
  'cite-evidence': {
    problem: (_q, a, sentences) => unknownSentence(a, sentences),
    fraction: (_q, a, key) => citeFraction(a, key),
    correctAnswer: (_q, key) => [...key],
  },
};

/** The rule of a kind: `kindRules[kind]`, typed for that kind, so a question and its answer go to the rule for both. */
export const ruleFor = <K extends QuestionKind>(kind: K): KindRule<K> => kindRules[kind];

/** Checks an answer of the right shape against its question (see KindRule.problem): what is wrong, or null. */
export function answerProblem(question: Question, answer: Answer, sentences: ReadonlySet<string>): string | null {
  return ruleFor<QuestionKind>(question.kind).problem(question, answer, sentences);
}
