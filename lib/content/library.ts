/**
 * The library as the app uses it: its sets as loaded, the shelves (an
 * article with its sets) and the pages the shelves are spread over.
 */
import type { EvidenceRef } from '@/lib/answers';

import type { Article } from './article';
import type { QuestionSetFile } from './schema';

/** A sound question set: its file, and its id (the file name). */
export interface CheckedSet extends QuestionSetFile {
  id: string;
}

/** A question set as the app uses it: its questions' fingerprints and where its evidence stands, worked out once. */
export interface LoadedSet extends CheckedSet {
  /**
   * One fingerprint per question, of everything about it (explanation
   * included, so it cannot be used to guess the key): saved answers are kept
   * for a question only while its fingerprint is unchanged.
   */
  questionHashes: Record<string, string>;
  /** Each question's evidence with the paragraph it stands in. */
  evidence: Record<string, EvidenceRef[]>;
  /** Every sentence of the article, by id, in reading order: what a student may cite. */
  sentences: string[];
  /** For each question answered by citing (cite-evidence, or with a Part B), the ids of the right sentences. */
  citedKeys: Record<string, string[]>;
}

export interface Library {
  articles: ReadonlyMap<string, Article>;
  sets: readonly LoadedSet[];
}

/** Where `content:check` writes the compiled library, under the folder that holds content/; the app reads it from there. */
export const COMPILED_LIBRARY = '.content/library.json';

/** One article in the library with every question set written for it. */
export interface Shelf {
  article: Article;
  sets: LoadedSet[];
}

/**
 * Groups the sets by their article: the newest article first (by the date it
 * was published), articles of the same day in the order their first set
 * comes (the sort is stable), and each article's sets in file order.
 */
export function shelvesOf(sets: readonly LoadedSet[], articles: ReadonlyMap<string, Article>): Shelf[] {
  const shelves = new Map<string, Shelf>();
  for (const set of sets) {
    const article = articles.get(set.article);
    if (!article) continue;
    let shelf = shelves.get(article.id);
    if (!shelf) shelves.set(article.id, (shelf = { article, sets: [] }));
    shelf.sets.push(set);
  }
  return [...shelves.values()].sort((a, b) => b.article.meta.published.localeCompare(a.article.meta.published));
}

export type SiblingSet = Pick<LoadedSet, 'id' | 'title' | 'audience'>;

/** The other sets on the same article, so a student can see which one they are in and switch. */
export function siblingSets(set: Pick<LoadedSet, 'id' | 'article'>, sets: readonly LoadedSet[]): SiblingSet[] {
  return sets
    .filter((other) => other.article === set.article && other.id !== set.id)
    .map(({ id, title, audience }) => (audience ? { id, title, audience } : { id, title }));
}

/**
 * About how many question sets one page of the library shows. Whole shelves
 * only: an article's sets never straddle two pages, so a shelf with more sets
 * than this has a page of its own. A page costs what its cards cost (markup,
 * the saved progress each one reads), so a long library is split into pages
 * rather than shown as one.
 */
export const SETS_PER_PAGE = 24;

/** The shelves of each page of the library, in order; one empty page for an empty library. */
export function libraryPages(shelves: readonly Shelf[], setsPerPage = SETS_PER_PAGE): Shelf[][] {
  const pages: Shelf[][] = [[]];
  let filled = 0;
  for (const shelf of shelves) {
    if (pages.at(-1)!.length > 0 && filled + shelf.sets.length > setsPerPage) {
      pages.push([]);
      filled = 0;
    }
    pages.at(-1)!.push(shelf);
    filled += shelf.sets.length;
  }
  return pages;
}

/** Where page `number` (from 1) of the library is: the home page is the first. */
export const libraryPageHref = (number: number) => (number <= 1 ? '/' : `/library/${number}`);
