/**
 * A multiple-select answer after one option is ticked or unticked: the
 * options chosen, in the question's order, or null when none is left.
 */
export function toggleOption(options: readonly string[], chosen: readonly string[], option: string): string[] | null {
  const next = chosen.includes(option) ? chosen.filter((o) => o !== option) : options.filter((o) => o === option || chosen.includes(o));
  return next.length > 0 ? next : null;
}
