import type { PublicQuestion } from '@/lib/content';

/** The forgiving match used for every typed answer, in words. */
export const TYPED_RULE =
  'Capitals, spacing, punctuation, curly or straight quotes and a leading “the”, “a” or “an” are ignored. One typo is forgiven in answers of 4 to 9 letters and two in longer ones; numbers must be exact.';

/** How selected sentences are scored, in words: a cite-evidence question, and Part B of a paired one. */
export const CITE_RULE =
  'Partial credit: each right sentence selected earns its share of the points; a sentence just before or after a right one you missed, in the same paragraph, earns half a share; every other sentence selected takes half a share off, never below zero. Exactly the right sentences earn full points.';

/** How a typed number is read and matched, in words: the same for every numeric question, so it says nothing of the key. */
export const NUMBER_RULE =
  'Full points when the number typed is the answer, or close enough to it as the question allows; none otherwise. Type it in digits or words (“14”, “fourteen”, “1,200”, “1.2 million”, “3.5”, “-3”); units, %, currency signs and other words are ignored. An answer with two numbers in it earns nothing.';

const CHOICE_RULE = 'Full points for the right option; none for any other.';

/** The rule of each kind whose rule does not depend on how the question is set. */
const fixedRules: Record<Exclude<PublicQuestion['kind'], 'date' | 'short-text'>, string> = {
  'single-choice': CHOICE_RULE,
  'who-said': 'Full points for the right speaker; none for any other.',
  claim: 'Full points for the right verdict (true, false or not stated); none otherwise.',
  'multiple-select': 'Partial credit: (right options chosen − wrong options chosen) ÷ the number of right options, never below zero.',
  'match-speakers': 'Partial credit: each quote matched to its speaker earns an equal share of the points.',
  matching: 'Partial credit: each item matched right earns an equal share of the points.',
  numeric: NUMBER_RULE,
  order: 'Partial credit: the share of pairs of events that stand in the right order relative to each other. All in order earns full points; fully reversed earns none.',
  'cite-evidence': CITE_RULE,
};

/**
 * How a question is scored, in a sentence a student or teacher can read.
 * Shown under every question and collected in docs/scoring.md. A paired
 * question gives the rule of each part.
 */
export function scoringRule(question: PublicQuestion): string {
  const rule = partARule(question);
  if (!question.cite) return rule;
  return `${rule} Part B, the sentences that show it, is scored on its own. ${CITE_RULE}`;
}

function partARule(question: PublicQuestion): string {
  if (question.kind === 'date') {
    return question.options ? CHOICE_RULE : `Full points when the answer matches an accepted form, or names the same date as precisely as the answer does, written any common way (“3 October”, “October 3rd”, “Mon” for “Monday”). ${TYPED_RULE}`;
  }
  if (question.kind !== 'short-text') return fixedRules[question.kind];
  return question.typos
    ? `Full points when the answer matches an accepted answer. ${TYPED_RULE}`
    : 'Full points when the answer matches an accepted answer exactly, apart from capitals, spacing, punctuation, quotes and a leading “the”, “a” or “an”. No typos are forgiven.';
}
