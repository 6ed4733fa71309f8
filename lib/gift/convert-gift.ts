import type { Article, QuestionKind, Position } from '@/lib/content';
import { type Path, quoteProblems } from '@/lib/check';

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

/** "1822", "1822±5" or "1820..1824", for messages. */
function written({ value }: GiftNumber): string {
  if (value.kind === 'range') return `${value.min}..${value.max}`;
  return value.kind === 'tolerance' && Number(value.tolerance) !== 0 ? `${value.number}±${value.tolerance}` : value.number;
}

/**
 * The fields of a numeric question for one Moodle answer: its number, with
 * its margin as `tolerance` (none when 0); a range ("1820..1824") as `range`,
 * its middle standing as the answer students are shown after checking.
 */
function numericFields({ value }: GiftNumber): { answer: number; tolerance?: number; range?: [number, number] } {
  // The middle, without the float noise of the sum: 3.14..3.15 → 3.145.
  if (value.kind === 'range') return { answer: Number(((Number(value.min) + Number(value.max)) / 2).toPrecision(12)), range: [Number(value.min), Number(value.max)] };
  const tolerance = value.kind === 'tolerance' ? Number(value.tolerance) : 0;
  return { answer: Number(value.number), ...(tolerance > 0 ? { tolerance } : {}) };
}

/**
 * Numerical becomes `numeric`: the first answer at 100% with its margin or
 * range. Another answer at 100% or one with partial credit cannot be kept
 * (a numeric question accepts one number, or one margin or range, and is
 * right or wrong), so each is left out with a warning that names it.
 */
function convertNumerical(q: Question<'numerical'>, read: Read): Converted {
  const feedback = q.answers.flatMap((n) => (n.feedback ? [answerFeedback(written(n), read(n.feedback))] : []));
  if (q.otherFeedback) feedback.push(`Any other number: ${read(q.otherFeedback)}`);
  const [first, ...others] = q.answers.filter((n) => n.weight === 100);
  if (!first) return { ok: false, reason: 'no number earns full marks' };
  const warnings: GiftIssue[] = [];
  for (const n of q.answers) {
    if (n.weight > 0 && n.weight < 100) warnings.push({ at: n.at, message: `${shown(written(n))} earned ${percent(n.weight)} in Moodle; a numeric question is right or wrong, so it is left out: widen the tolerance or range if it should count` });
    else if (others.includes(n)) warnings.push({ at: n.at, message: `${shown(written(n))} also earned full marks in Moodle; a numeric question accepts one number, give or take its tolerance, so it is left out: use a range if both should count` });
  }
  const fields = numericFields(first);
  if (first.value.kind === 'range') {
    warnings.push({ at: first.at, message: `Moodle accepts any number from ${first.value.min} to ${first.value.max} and names none as the answer; students are shown ${fields.answer} (anything from ${first.value.min} to ${first.value.max}) after checking: change answer: to the number they should see` });
  }
  return { ok: true, fields: { kind: 'numeric', prompt: read(q.stem), ...fields }, feedback, warnings };
}

const QUOTE_MARKS = /^["“”„‘’'«»]+|["“”„‘’'«»]+$/g;
const OPENING_QUOTE = /^["“„‘'«]/;

/**
 * Matching becomes `match-speakers` when it is one: every item a quotation
 * (three words or more) found word for word in the article and every answer
 * a person the article names, checked by content:check's own rule. Any other
 * matching (people and roles, countries and capitals) becomes a general
 * `matching`, with a warning that says what is not in the article when it
 * looks meant as quotations (an item in quotation marks, or some item found
 * in the article), so a teacher can fix it. Extra answers (an empty item)
 * become distractors in both.
 */
function convertMatching(q: Question<'matching'>, read: Read, article: Article): Converted {
  // Moodle reads the answers of a matching question as plain text.
  const all = q.pairs.map((p) => ({ item: read(p.item), match: read({ text: p.match, format: 'plain' }) }));
  const pairs = all.filter((p) => p.item !== '');
  const distractors = [...new Set(all.filter((p) => p.item === '').map((p) => p.match))].filter((d) => !pairs.some((p) => p.match === d));
  const extra = distractors.length > 0 ? { distractors } : {};
  const prompt = read(q.stem);

  const quoted = pairs.map((p) => ({ quote: p.item.replace(QUOTE_MARKS, '').trim(), speaker: p.match }));
  const speakers = { kind: 'match-speakers' as const, prompt, pairs: quoted, ...extra };
  const problems = quoted.every((p) => p.quote.split(/\s+/).length >= 3) ? quoteProblems(speakers, [], article) : null;
  if (problems?.length === 0) return { ok: true, fields: speakers, feedback: [], warnings: [] };

  const fields = { kind: 'matching' as const, prompt, pairs, ...extra };
  // Meant as quotations: an item is in quotation marks, or some item is found word for word in the article.
  const meant = problems && (pairs.some((p) => OPENING_QUOTE.test(p.item)) || problems.filter((p) => p.path[2] === 'quote').length < quoted.length);
  const [first, ...more] = meant ? problems : [];
  if (!first) return { ok: true, fields, feedback: [], warnings: [] };
  const others = more.length > 0 ? ` (and ${more.length} more)` : '';
  const message = `imported as matching, not match-speakers: ${whatIsWrong(first.path, quoted, distractors)}${others}; fix it to make it a question of quotations and their speakers`;
  return { ok: true, fields, feedback: [], warnings: [{ at: q.at, message }] };
}

/** A problem of quoteProblems, at ["pairs", i, "quote" | "speaker"] or ["distractors", i], in words. */
function whatIsWrong(path: Path, pairs: readonly { quote: string; speaker: string }[], distractors: readonly string[]): string {
  const [field, index, part] = path;
  const pair = field === 'pairs' && typeof index === 'number' ? pairs[index] : undefined;
  if (pair && part === 'quote') return `${shown(pair.quote)} is not found word for word in the article`;
  const speaker = pair?.speaker ?? (typeof index === 'number' ? distractors[index] : undefined) ?? '';
  return `${shown(speaker)} is not named in the article`;
}
