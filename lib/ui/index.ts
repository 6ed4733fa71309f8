/** Small helpers the components share. Nothing here imports anything. */

/** Joins class names, skipping the false and empty ones. */
export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ');
}

/** Whether the reader shows one column at a time, as on a phone (below Tailwind's lg breakpoint, 64rem). */
export function isOneColumn(): boolean {
  return !window.matchMedia('(min-width: 64rem)').matches;
}

/** A page number to link to, or a gap standing for the pages left out. */
export type PagerItem = number | 'gap';

/**
 * The page numbers a pager shows: the first and the last, the current page
 * and `around` pages either side of it; a gap stands for any run left out,
 * unless that run is a single page (then the page itself is shorter than
 * the gap). So a long library's pager stays one short line.
 */
export function pagerItems(current: number, count: number, around = 1): PagerItem[] {
  const shown = new Set([1, count]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= count) shown.add(page);
  const items: PagerItem[] = [];
  let last = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    if (page - last === 2) items.push(last + 1);
    else if (page - last > 2) items.push('gap');
    items.push(page);
    last = page;
  }
  return items;
}
