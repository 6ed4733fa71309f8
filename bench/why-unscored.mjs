/** Telling a Lighthouse run that gave a score from one that could not. */

/** The categories `npm run bench` scores. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Why Lighthouse gave a run no score in some category, or null when it scored them all:
 * the run's own error, or the errors of the scored audits that failed (one failing audit leaves its category unscored).
 * @param {import('lighthouse').Result} lhr
 * @param {string[]} categories the categories the run was asked for
 * @returns {string | null}
 */
export function whyUnscored(lhr, categories = CATEGORIES) {
  if (lhr.runtimeError) return `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
  const unscored = categories.filter((c) => typeof lhr.categories[c]?.score !== 'number');
  if (!unscored.length) return null;
  const errors = unscored.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === null)
      .map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.errorMessage ?? 'no score'}`),
  );
  return `${unscored.join(', ')} not scored (${errors.join('; ') || 'no reason given'})`;
}
