import type { Shelf } from './shelves';

/**
 * About how many question sets one page of the library shows. Whole shelves
 * only: an article's sets never straddle two pages, so a shelf with more sets
 * than this has a page of its own. A page of the library costs what its
 * cards cost (markup, the saved progress each one reads), so with one long
 * page a 1,000-set library was 5 MB of HTML that took seconds to hydrate.
 */
export const SETS_PER_PAGE = 24;

/** The shelves of each page of the library, in order; one empty page for an empty library. */
export function libraryPages(shelves: readonly Shelf[], setsPerPage = SETS_PER_PAGE): Shelf[][] {
  const pages: Shelf[][] = [[]];
  let filled = 0;
  for (const shelf of shelves) {
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && filled + shelf.sets.length > setsPerPage) {
      pages.push([shelf]);
      filled = shelf.sets.length;
    } else {
      page.push(shelf);
      filled += shelf.sets.length;
    }
  }
  return pages;
}

/** Where page `number` (from 1) of the library is: the home page is the first. */
export const libraryPageHref = (number: number) => (number <= 1 ? '/' : `/library/${number}`);
