/**
 * The questions of a set, kind by kind: the fields a teacher writes, what each
 * must hold, and the messages content:check gives when it does not. Part of
 * the one source of truth for content (see schema.ts, which builds the set
 * and the article on these).
 */
import { z } from 'zod';

import { claimVerdicts, MAX_CITED_SENTENCES } from '@/lib/answers';

/** Part B of a paired question asks this unless the set says otherwise. */
export const DEFAULT_CITE_PROMPT = 'Which sentence of the article shows it?';

/** The explanation the GIFT import writes when Moodle gave none; content:check warns until a teacher replaces it. */
export const PLACEHOLDER_EXPLANATION = 'No feedback came with this question from Moodle: explain why the answer is right, and point to the passage of the article.';

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, like "xi-in-moscow"');

/** Any text a teacher writes: trimmed, never empty. */
export const text = z.string().trim().min(1, 'must not be empty');

/**
 * A calendar date, a month, a year, or a month and day of no stated year:
 * "2023-03-20", "2023-03", "2023" or ISO 8601's "--10-03" (3 October).
 */
export const partialDateSchema = z
  .string()
  .regex(/^(?:\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/, 'write a date as YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD')
  .refine(isRealPartialDate, 'is not a real calendar date');

function isRealPartialDate(value: string): boolean {
  // "--02-29" is a real month and day: it is read in a leap year.
  const [year, month, day] = value.startsWith('--') ? [2000, ...value.slice(2).split('-').map(Number)] : value.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year ?? 0, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const points = z.number().int().positive().max(100).default(1);

const sentences = z
  .array(text)
  .min(1, 'cite at least one sentence')
  .max(MAX_CITED_SENTENCES, `cite at most ${MAX_CITED_SENTENCES} passages`);

/** Part B of a paired question: "and which sentence shows it?", scored as a part of its own. */
export const citeSchema = z
  .strictObject({
    prompt: text.default(DEFAULT_CITE_PROMPT).describe(`What Part B asks; "${DEFAULT_CITE_PROMPT}" if left out.`),
    points: points.describe('What Part B is worth; 1 if left out.'),
    evidence: sentences
      .optional()
      .describe("The sentences that answer Part B, each whole sentences copied word for word from the article; the question's own evidence if left out."),
  })
  .describe('Adds Part B: students also select the sentence or sentences of the article that show the answer.');

const common = {
  id: slugSchema,
  prompt: text,
  points,
  explanation: text.describe('Shown to the student once the question is checked.'),
};

const questionBase = {
  ...common,
  evidence: z
    .array(text)
    .default([])
    .describe('Passages copied word for word from the article that prove the answer. A question without any is allowed but warned about.'),
  cite: citeSchema.optional(),
};

const options = z.array(text).min(2, 'offer at least two options');

/**
 * Entries of a question's list that stay where they are written while the
 * rest are shuffled for each student: "All of the above", "None of these".
 */
const pinned = z
  .array(text)
  .min(1, 'pin at least one entry, or leave pinned out')
  .optional()
  .describe('Entries of the list that stay where they are written; students see the others shuffled.');

/** Every pinned entry is one of the list's, once. */
function requirePinned(q: { pinned?: readonly string[] }, list: readonly string[], ctx: z.RefinementCtx, listName: string) {
  if (!q.pinned) return;
  requireDistinct(q.pinned, ctx, 'pinned');
  q.pinned.forEach((entry, i) => requireAmong(entry, list, ctx, ['pinned', i], listName));
}

function requireDistinct(values: readonly string[], ctx: z.RefinementCtx, path: string) {
  if (new Set(values).size !== values.length) ctx.addIssue({ code: 'custom', message: 'must not repeat an entry', path: [path] });
}

function requireAmong(value: string, list: readonly string[], ctx: z.RefinementCtx, path: (string | number)[], listName: string) {
  if (!list.includes(value)) ctx.addIssue({ code: 'custom', message: `"${value}" is not one of the ${listName}`, path });
}

/** A question answered by choosing one entry of a list: the list has no repeats and holds the answer. */
function requireChoice(q: { answer: string; pinned?: readonly string[] }, list: readonly string[], ctx: z.RefinementCtx, listName: 'options' | 'speakers') {
  requireDistinct(list, ctx, listName);
  requireAmong(q.answer, list, ctx, ['answer'], listName);
  requirePinned(q, list, ctx, listName);
}

/** Items each matched to one entry of a list: the items differ, and no distractor is also a match (`taken` says so). */
function requirePairs(pairs: readonly { item: string; match: string }[], distractors: readonly string[], ctx: z.RefinementCtx, taken: string) {
  requireDistinct(pairs.map((p) => p.item), ctx, 'pairs');
  distractors.forEach((d, i) => {
    if (pairs.some((p) => p.match === d)) ctx.addIssue({ code: 'custom', message: `"${d}" ${taken} in pairs`, path: ['distractors', i] });
  });
}

export const singleChoiceSchema = z
  .strictObject({
    ...questionBase,
    kind: z.literal('single-choice'),
    options,
    pinned,
    answer: text,
  })
  .superRefine((q, ctx) => requireChoice(q, q.options, ctx, 'options'));

export const multipleSelectSchema = z
  .strictObject({
    ...questionBase,
    kind: z.literal('multiple-select'),
    options,
    pinned,
    answers: z.array(text).min(1, 'mark at least one option as right'),
  })
  .superRefine((q, ctx) => {
    requireDistinct(q.options, ctx, 'options');
    requireDistinct(q.answers, ctx, 'answers');
    q.answers.forEach((a, i) => requireAmong(a, q.options, ctx, ['answers', i], 'options'));
    requirePinned(q, q.options, ctx, 'options');
  });

export const claimSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('claim'),
  claim: text.describe('A statement the student judges against the article.'),
  answer: z.enum(claimVerdicts),
});

export const whoSaidSchema = z
  .strictObject({
    ...questionBase,
    kind: z.literal('who-said'),
    quote: text,
    speakers: options,
    pinned,
    answer: text,
  })
  .superRefine((q, ctx) => requireChoice(q, q.speakers, ctx, 'speakers'));

export const matchSpeakersSchema = z
  .strictObject({
    ...questionBase,
    kind: z.literal('match-speakers'),
    pairs: z.array(z.strictObject({ quote: text, speaker: text })).min(2, 'match at least two quotes'),
    distractors: z.array(text).default([]).describe('Extra speakers offered who said none of the quotes.'),
  })
  .superRefine((q, ctx) => requirePairs(q.pairs.map((p) => ({ item: p.quote, match: p.speaker })), q.distractors, ctx, 'already speaks'));

export const matchingSchema = z
  .strictObject({
    ...questionBase,
    kind: z.literal('matching'),
    pairs: z
      .array(
        z.strictObject({
          item: text.describe('Shown to each student in an order of their own.'),
          match: text.describe('The entry of the list that goes with the item; several items may share one.'),
        }),
      )
      .min(2, 'match at least two items'),
    distractors: z.array(text).default([]).describe('Extra entries offered in the list that match no item.'),
  })
  .superRefine((q, ctx) => requirePairs(q.pairs, q.distractors, ctx, 'is already a match'))
  .describe('Students choose, for each item, its match from one list of every match and distractor, in alphabetical order; each student sees the items in an order of their own. Each pair earns its share of the points.');

export const numericSchema = z
  .strictObject({
    ...questionBase,
    kind: z.literal('numeric'),
    answer: z.number().describe('The number; shown, with the unit, as the right answer after checking.'),
    tolerance: z.number().min(0, 'must not be negative').optional().describe('Any number this far from the answer, either way, is also right; 0 if left out.'),
    range: z
      .tuple([z.number(), z.number()])
      .optional()
      .describe('Instead of tolerance: [lowest, highest], any number from the one to the other is right; the answer must lie in it.'),
    unit: text.optional().describe('Shown beside the box, like "agreements" or "%"; units the student types are ignored, not checked.'),
  })
  .superRefine((q, ctx) => {
    if (q.range && q.tolerance !== undefined) ctx.addIssue({ code: 'custom', message: 'give either tolerance or range, not both', path: ['range'] });
    if (!q.range) return;
    const [low, high] = q.range;
    if (low > high) ctx.addIssue({ code: 'custom', message: `the range must run from the lower number to the higher: write [${high}, ${low}]`, path: ['range'] });
    else if (q.answer < low || q.answer > high) ctx.addIssue({ code: 'custom', message: `the answer ${q.answer} is outside the range ${low} to ${high}`, path: ['answer'] });
  })
  .describe('Students type a number, in digits or words; units and other words they type are ignored.');

export const dateQuestionSchema = z
  .strictObject({
    ...questionBase,
    kind: z.literal('date'),
    answer: text.describe('The answer as shown to the student after checking.'),
    accept: z.array(text).default([]).describe('Other typed forms that are also right.'),
    date: partialDateSchema.optional().describe('When set, any typed date that means this day, month, year, or month and day is right.'),
    options: options.optional().describe('When set, the student chooses instead of typing.'),
    pinned,
  })
  .superRefine((q, ctx) => {
    if (q.options) requireChoice(q, q.options, ctx, 'options');
    else if (q.pinned) ctx.addIssue({ code: 'custom', message: 'pins entries of options, which this question does not have', path: ['pinned'] });
  });

export const orderSchema = z
  .strictObject({
    ...questionBase,
    kind: z.literal('order'),
    items: z.array(text).min(3, 'order at least three events').max(8, 'order at most eight events'),
  })
  .superRefine((q, ctx) => requireDistinct(q.items, ctx, 'items'))
  .describe('items are written in the right order; each student sees them shuffled.');

export const shortTextSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('short-text'),
  answer: text,
  accept: z.array(text).default([]).describe('Other answers that are also right.'),
  typos: z.boolean().default(true).describe('Forgive one typo above 3 letters and two above 9.'),
});

export const citeEvidenceSchema = z
  .strictObject({
    ...common,
    kind: z.literal('cite-evidence'),
    claim: text.optional().describe('A statement for students to find support for, shown under the prompt.'),
    evidence: sentences.describe('The right answer: whole sentences copied word for word from the article.'),
  })
  .describe('Students answer by selecting the sentences of the article that support the claim or answer the prompt.');

export const questionSchema = z
  .discriminatedUnion('kind', [
    singleChoiceSchema,
    multipleSelectSchema,
    claimSchema,
    whoSaidSchema,
    matchSpeakersSchema,
    matchingSchema,
    dateQuestionSchema,
    numericSchema,
    orderSchema,
    shortTextSchema,
    citeEvidenceSchema,
  ])
  .superRefine((q, ctx) => {
    if (q.kind !== 'cite-evidence' && q.cite && !q.cite.evidence && q.evidence.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'Part B needs the sentences that answer it: give the question evidence, or cite.evidence', path: ['cite'] });
    }
  });

export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export type QuestionOf<K extends QuestionKind> = Extract<Question, { kind: K }>;
export type Cite = z.infer<typeof citeSchema>;

/** Part B of a question, when it has one. */
export function partBOf(question: Question): Cite | undefined {
  return question.kind === 'cite-evidence' ? undefined : question.cite;
}
