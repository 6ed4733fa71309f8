/** Splits a list into consecutive groups of at most `size` (the last one shorter), keeping the order. */
export function inGroups<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`group size must be a whole number above 0, not ${size}`);
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size) groups.push(items.slice(start, start + size));
  return groups;
}
