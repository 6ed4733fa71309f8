/**
 * The shape of a student's answer to each kind of question, as sent to the
 * scoring API and kept in the quiz store. Validated on the server only; the
 * browser imports the types.
 */
import { z } from 'zod';

import { claimVerdicts } from '@/lib/content/constants';
import type { QuestionKind } from '@/lib/content/schema';

const choice = z.string().max(1000);
const choices = z.array(choice).max(100);

export const answerSchemas = {
  'single-choice': choice,
  'multiple-select': choices,
  claim: z.enum(claimVerdicts),
  'who-said': choice,
  /** Quote number ("0", "1", …) → the speaker chosen for it. */
  'match-speakers': z.record(z.string().regex(/^(?:0|[1-9]\d{0,2})$/, 'keys are quote numbers: "0", "1", …'), choice),
  date: choice,
  /** The items in the order the student put them. */
  order: choices,
  'short-text': choice,
} satisfies Record<QuestionKind, z.ZodType>;

export type AnswerOf<K extends QuestionKind> = z.infer<(typeof answerSchemas)[K]>;
export type Answer = AnswerOf<QuestionKind>;
