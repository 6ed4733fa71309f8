/** What an imported question says when Moodle gave it no feedback; import-gift.ts warns about every one. */
export { PLACEHOLDER_EXPLANATION } from '@/lib/content';

/** A part that does not end as a sentence does ("stopped short.” counts; “stopped short” does not) gets a full stop. */
const ended = (text: string) => (/[.!?…]["'”’»)\]]*$/.test(text) ? text : `${text}.`);

/** Feedback for one answer, labelled with it: `“Putin”: He was the host.` */
export const answerFeedback = (answer: string, feedback: string) => `“${answer}”: ${feedback}`;

/**
 * One explanation from a question's feedback: the general feedback ("####")
 * first, then each answer's own feedback labelled with its answer, each part
 * ending as a sentence. Null when there is no feedback at all.
 */
export function composeExplanation(general: string | null, perAnswer: readonly string[]): string | null {
  const parts = [general, ...perAnswer].filter((part): part is string => part !== null && part.trim() !== '');
  return parts.length === 0 ? null : parts.map((part) => ended(part.trim())).join(' ');
}
