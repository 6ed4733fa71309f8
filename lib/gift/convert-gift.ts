import type { Article, QuestionKind } from '@/lib/content';
import { type Path, type Position, quoteProblems } from '@/lib/check';

import type { GiftIssue, GiftNumber, GiftQuestion, GiftText } from './parse-gift';

/**
 * A GIFT question mapped to one of the app's kinds, before it gets its id and
 * explanation: its fields in the order they are written, each answer's own
 * feedback labelled with its answer, and what does not carry over exactly.
 * Or, for a question the app has no honest place for, why.
 */
export type Converted =
  | { ok: true; fields: { kind: QuestionKind; prompt: string } & Record<string, unknown>; feedback: string[]; warnings: GiftIssue[] }
  | { ok: false; reason: string; at?: Position };

/** How the caller turns a GIFT text into the plain text the app shows. */
export type Read = (text: GiftText) => string;

/** Maps one GIFT question to one of the app's kinds, or says why it cannot be. */
export function convertGiftQuestion(q: GiftQuestion, read: Read, article: Article): Converted {
  switch (q.type) {
    case 'multiple-choice':
      return convertChoice(q, read);
    case 'true-false':
      return convertTrueFalse(q, read);
    case 'short-answer':
      return convertShortAnswer(q, read);
    case 'numerical':
      return convertNumerical(q, read);
    case 'matching':
      return convertMatching(q, read, article);
    case 'essay':
      return { ok: false, reason: 'an essay question ({}) is marked by a person; the app scores every answer itself and has no kind for it' };
    case 'description':
      return { ok: false, reason: 'a description (text with no answer block) asks nothing; the app has no place for text between questions' };
  }
}

/** A text as the teacher will recognise it in a message. */
const shown = (text: string) => `“${text.length > 50 ? `${text.slice(0, 49)}…` : text}”`;

/** 50 → "50%", -33.33333 → "−33.33%". */
const percent = (weight: number) => `${weight < 0 ? '−' : ''}${Math.round(Math.abs(weight) * 100) / 100}%`;

/** Feedback for one answer, labelled with it: `“Putin”: He was the host.` */
export const answerFeedback = (answer: string, feedback: string) => `“${answer}”: ${feedback}`;

type Question<T extends GiftQuestion['type']> = Extract<GiftQuestion, { type: T }>;

/** "“a” 50%, “b” −100%": weights as Moodle gave them, for a warning. */
const weightsOf = (choices: readonly { option: string; weight: number }[]) => choices.map((c) => `${shown(c.option)} ${percent(c.weight)}`).join(', ');

/**
 * Multiple choice. Written with "=" (one answer to choose): one answer at
 * 100% becomes `single-choice`; several at 100% become `multiple-select`.
 * Written with weights only (check boxes): `multiple-select`, whose right
 * answers are those of positive weight. Weights the app's scoring cannot
 * give exactly are said in a warning.
 */
function convertChoice(q: Question<'multiple-choice'>, read: Read): Converted {
  const choices = q.answers.map((a) => ({ ...a, option: read(a.text) }));
  const options = choices.map((c) => c.option);
  const right = choices.filter((c) => c.weight > 0).map((c) => c.option);
  const feedback = choices.flatMap((c) => (c.feedback ? [answerFeedback(c.option, read(c.feedback))] : []));
  const prompt = read(q.stem);
  if (right.length === 0) return { ok: false, reason: 'no answer has a positive weight, so no option is right' };
  const warnings: GiftIssue[] = [];

  const full = choices.filter((c) => c.weight === 100);
  const [only] = full;
  if (q.single && full.length === 1 && only) {
    const others = choices.filter((c) => c.weight !== 100 && c.weight !== 0);
    const [first] = others;
    if (first) warnings.push({ at: first.at, message: `Moodle gave ${weightsOf(others)}; in a single-choice question only the right option earns points and a wrong one takes none off` });
    return { ok: true, fields: { kind: 'single-choice', prompt, options, answer: only.option }, feedback, warnings };
  }

  if (q.single) {
    const any = full.map((c) => shown(c.option)).join(', ');
    warnings.push({ at: q.at, message: `Moodle gave full marks for choosing any one of ${any}; as multiple-select, students must select all of them for full marks: reword the prompt, or keep one right option` });
  } else if (!selectMatchesWeights(choices.map((c) => c.weight))) {
    warnings.push({ at: q.at, message: `Moodle's weights (${weightsOf(choices)}) cannot be kept: as multiple-select, ${selectRule(right.length)} (docs/scoring.md)` });
  }
  return { ok: true, fields: { kind: 'multiple-select', prompt, options, answers: right }, feedback, warnings };
}

/**
 * Whether the app's multiple-select rule, (right chosen − wrong chosen) ÷
 * right options and never below 0 (docs/scoring.md), gives every selection
 * the same score as Moodle's weights, where a selection earns the sum of its
 * weights, kept between 0 and 100%. It does exactly when each of the n right
 * options weighs 100/n % and each wrong one −100/n %.
 */
export function selectMatchesWeights(weights: readonly number[]): boolean {
  const right = weights.filter((w) => w > 0).length;
  if (right === 0) return false;
  const share = 100 / right;
  return weights.every((w) => Math.abs(Math.abs(w) - share) < 0.01);
}

/** The app's rule in words, for n right options. */
export function selectRule(right: number): string {
  if (right === 1) return 'the right option earns all the points and a wrong one chosen takes them all off';
  return `each of the ${right} right options earns 1/${right} of the points and each wrong one chosen takes 1/${right} off`;
}

/** The prompt of every imported true/false question, as in the seed set: the GIFT text becomes the claim. */
export const CLAIM_PROMPT = 'Is this claim true, false, or not stated in the article?';

/** True/false becomes a `claim` with the verdict "true" or "false"; each verdict's feedback is labelled with it. */
function convertTrueFalse(q: Question<'true-false'>, read: Read): Converted {
  const feedback = [true, false].flatMap((verdict) => {
    const text = verdict === q.answer ? q.rightFeedback : q.wrongFeedback;
    return text ? [answerFeedback(verdict ? 'True' : 'False', read(text))] : [];
  });
  return { ok: true, fields: { kind: 'claim', prompt: CLAIM_PROMPT, claim: read(q.stem), answer: q.answer ? 'true' : 'false' }, feedback, warnings: [] };
}

const partialWarning = (answer: string, weight: number) =>
  `${shown(answer)} earned ${percent(weight)} in Moodle; a typed answer here is right or wrong, so it is not accepted: add it under accept: if it should count`;

function shortText(prompt: string, accepted: readonly string[]) {
  const [answer, ...accept] = [...new Set(accepted)];
  return { kind: 'short-text' as const, prompt, answer, ...(accept.length > 0 ? { accept } : {}) };
}

/** Short answer: the answers at 100% become `answer` and `accept`; partial credit and Moodle's "*" wildcard cannot be kept. */
function convertShortAnswer(q: Question<'short-answer'>, read: Read): Converted {
  const warnings: GiftIssue[] = [];
  const accepted: string[] = [];
  const feedback: string[] = [];
  for (const a of q.answers) {
    const text = read(a.text);
    if (a.feedback) feedback.push(answerFeedback(text, read(a.feedback)));
    if (a.weight <= 0) continue;
    if (text.includes('*')) warnings.push({ at: a.at, message: `${shown(text)} uses Moodle's * wildcard, which typed answers here cannot match; it is left out` });
    else if (a.weight < 100) warnings.push({ at: a.at, message: partialWarning(text, a.weight) });
    else accepted.push(text);
  }
  if (accepted.length === 0) return { ok: false, reason: 'no answer earns full marks without a wildcard, and a short-text question needs one that is fully right' };
  return { ok: true, fields: shortText(read(q.stem), accepted), feedback, warnings };
}

/** The exact number of an answer (written alone or with a margin of 0), else null. */
const exactNumber = ({ value }: GiftNumber) => (value.kind === 'exact' || (value.kind === 'tolerance' && Number(value.tolerance) === 0) ? value.number : null);

/** "1822", "1822±5" or "1820..1824", for messages. */
const written = (n: GiftNumber) => exactNumber(n) ?? (n.value.kind === 'range' ? `${n.value.min}..${n.value.max}` : n.value.kind === 'tolerance' ? `${n.value.number}±${n.value.tolerance}` : '');

/**
 * Numerical: exact numbers at 100% become a `short-text` answer with the
 * forms of numberForms (a minus sign counts: "-3" is not "3"). A margin or a
 * range at 100% cannot be scored by matching text: such questions are skipped.
 */
function convertNumerical(q: Question<'numerical'>, read: Read): Converted {
  const warnings: GiftIssue[] = [];
  const accepted: string[] = [];
  const feedback = q.answers.flatMap((n) => (n.feedback ? [answerFeedback(written(n), read(n.feedback))] : []));
  if (q.otherFeedback) feedback.push(`Any other number: ${read(q.otherFeedback)}`);
  for (const n of q.answers) {
    if (n.weight <= 0) continue;
    const exact = exactNumber(n);
    if (n.weight < 100) warnings.push({ at: n.at, message: partialWarning(written(n), n.weight) });
    else if (exact === null) return { ok: false, at: n.at, reason: `the answer ${written(n)} accepts any number in a range; typed answers here are matched as text, so only exact numbers can be imported` };
    else accepted.push(...numberForms(exact));
  }
  if (accepted.length === 0) return { ok: false, reason: 'no number earns full marks' };
  return { ok: true, fields: shortText(read(q.stem), accepted), feedback, warnings };
}

/**
 * The typed forms under which an exact number is accepted: as written, in
 * its shortest form ("3.50" → "3.5"), and from 10,000 with thousands
 * separators ("12000" → "12,000", which also stands for "12 000" once answers
 * are normalised). Below 10,000 the separator is left out, so a year stays
 * one form ("2022", never "2,022"). A decimal comma needs no form of its own:
 * "3,5" and "3.5" are the same typed answer (docs/scoring.md).
 */
export function numberForms(written: string): string[] {
  const value = Number(written);
  const forms = [written, String(value)];
  if (Number.isInteger(value) && Math.abs(value) >= 10_000 && Math.abs(value) < 1e21) forms.push(value.toLocaleString('en-US'));
  return [...new Set(forms)];
}

const QUOTE_MARKS = /^["“”„‘’'«»]+|["“”„‘’'«»]+$/g;

/**
 * Matching becomes `match-speakers` when it is one: every item a quotation
 * (three words or more) found word for word in the article and every answer
 * a person the article names, checked by content:check's own rule. Extra
 * answers (an empty item) become distractors. Any other matching question is
 * skipped: the app has no general matching kind.
 */
function convertMatching(q: Question<'matching'>, read: Read, article: Article): Converted {
  // Moodle reads the answers of a matching question as plain text.
  const all = q.pairs.map((p) => ({ quote: read(p.item).replace(QUOTE_MARKS, '').trim(), speaker: read({ text: p.match, format: 'plain' }) }));
  const pairs = all.filter((p) => p.quote !== '');
  const distractors = [...new Set(all.filter((p) => p.quote === '').map((p) => p.speaker))].filter((d) => !pairs.some((p) => p.speaker === d));
  const fields = { kind: 'match-speakers' as const, prompt: read(q.stem), pairs, ...(distractors.length > 0 ? { distractors } : {}) };

  const short = pairs.find((p) => p.quote.split(/\s+/).length < 3);
  if (short) return { ok: false, reason: `matching imports only as match-speakers, whose items are quotations from the article; ${shown(short.quote)} is a word or two, not a quotation` };
  const problems = quoteProblems(fields, [], article);
  const [first] = problems;
  if (!first) return { ok: true, fields, feedback: [], warnings: [] };
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return { ok: false, reason: `matching imports only as match-speakers, whose items are quotations from the article and whose answers are people it names; ${whatIsWrong(first.path, pairs, distractors)}${more}` };
}

/** A problem of quoteProblems, at ["pairs", i, "quote" | "speaker"] or ["distractors", i], in words. */
function whatIsWrong(path: Path, pairs: readonly { quote: string; speaker: string }[], distractors: readonly string[]): string {
  const [field, index, part] = path;
  const pair = field === 'pairs' && typeof index === 'number' ? pairs[index] : undefined;
  if (pair && part === 'quote') return `${shown(pair.quote)} is not found word for word in the article`;
  const speaker = pair?.speaker ?? (typeof index === 'number' ? distractors[index] : undefined) ?? '';
  return `${shown(speaker)} is not named in the article`;
}
