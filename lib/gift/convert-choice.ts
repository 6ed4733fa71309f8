import { answerFeedback } from './compose-explanation';
import { percent, shown, type Converted } from './gift-conversion';
import type { GiftIssue, GiftQuestion, GiftText } from './gift-question';
import { selectMatchesWeights, selectRule } from './select-weights';

type MultipleChoice = Extract<GiftQuestion, { type: 'multiple-choice' }>;

interface Choice {
  option: string;
  weight: number;
}

/** "“a” 50%, “b” −100%": weights as Moodle gave them, for a warning. */
const weightsOf = (choices: readonly Choice[]) => choices.map((c) => `${shown(c.option)} ${percent(c.weight)}`).join(', ');

/**
 * Multiple choice. Written with "=" (one answer to choose): one answer at
 * 100% becomes `single-choice`; several at 100% become `multiple-select`.
 * Written with weights only (check boxes): `multiple-select`, whose right
 * answers are those of positive weight. Weights the app's scoring cannot
 * give exactly are said in a warning.
 */
export function convertChoice(q: MultipleChoice, read: (text: GiftText) => string): Converted {
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
