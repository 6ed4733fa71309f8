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

const inTurn: (() => void)[] = [];

/**
 * Runs a job in an animation frame of its own, after the jobs queued before
 * it; returns a function that takes it out of the queue. Work that would
 * change many parts of a page at once (every question's list taking a
 * student's order) is spread one part a frame, so no frame is long and the
 * page answers input throughout.
 */
export function inAFrameOfItsOwn(job: () => void): () => void {
  inTurn.push(job);
  if (inTurn.length === 1) requestAnimationFrame(runNext);
  return () => {
    const at = inTurn.indexOf(job);
    if (at > 0) inTurn.splice(at, 1);
    else if (at === 0) inTurn[0] = () => {};
  };
}

function runNext() {
  const job = inTurn[0];
  job?.();
  inTurn.shift();
  if (inTurn.length > 0) requestAnimationFrame(runNext);
}
