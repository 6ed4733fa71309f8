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
