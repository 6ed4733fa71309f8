import { answerFeedback } from './compose-explanation';
import { percent, shown, type Converted } from './gift-conversion';
import type { GiftIssue, GiftNumber, GiftQuestion, GiftText } from './gift-question';
import { numberForms } from './number-forms';

type ShortAnswer = Extract<GiftQuestion, { type: 'short-answer' }>;
type Numerical = Extract<GiftQuestion, { type: 'numerical' }>;

const partialWarning = (answer: string, weight: number) =>
  `${shown(answer)} earned ${percent(weight)} in Moodle; a typed answer here is right or wrong, so it is not accepted: add it under accept: if it should count`;

function shortText(prompt: string, accepted: readonly string[]) {
  const [answer, ...accept] = [...new Set(accepted)];
  return { kind: 'short-text' as const, prompt, answer, ...(accept.length > 0 ? { accept } : {}) };
}

/** Short answer: the answers at 100% become `answer` and `accept`; partial credit and Moodle's "*" wildcard cannot be kept. */
export function convertShortAnswer(q: ShortAnswer, read: (text: GiftText) => string): Converted {
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

/** The exact number of an answer: written alone or with a margin of 0. */
function exactNumber({ value }: GiftNumber): string | null {
  if (value.kind === 'exact' || (value.kind === 'tolerance' && Number(value.tolerance) === 0)) return value.number;
  return null;
}

/** "1822", "1822±5" or "1820..1824", for messages. */
const written = (n: GiftNumber) => exactNumber(n) ?? (n.value.kind === 'range' ? `${n.value.min}..${n.value.max}` : n.value.kind === 'tolerance' ? `${n.value.number}±${n.value.tolerance}` : '');

/**
 * Numerical: exact numbers at 100% become a `short-text` answer with the
 * forms of numberForms (a minus sign counts: "-3" is not "3"). A margin or a
 * range at 100% cannot be scored by matching text: such questions are skipped.
 */
export function convertNumerical(q: Numerical, read: (text: GiftText) => string): Converted {
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
