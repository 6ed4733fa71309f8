import type { Article } from './article';
import type { LoadedSet } from './library';

/** One article in the library with every question set written for it. */
export interface Shelf {
  article: Article;
  sets: LoadedSet[];
}

/**
 * Groups the sets by their article: the newest article first (by the date it
 * was published), articles of the same day in the order their first set
 * comes, and each article's sets in file order.
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
  return [...shelves.values()].sort(newestFirst);
}

/** ISO dates order as plain text; the sort is stable, so articles of one day keep their order. */
function newestFirst(a: Shelf, b: Shelf): number {
  const [x, y] = [a.article.meta.published, b.article.meta.published];
  return x === y ? 0 : x < y ? 1 : -1;
}

export interface SiblingSet {
  id: string;
  title: string;
  audience?: string;
}

/** The other sets on the same article, so a student can see which one they are in and switch. */
export function siblingSets(set: Pick<LoadedSet, 'id' | 'article'>, sets: readonly LoadedSet[]): SiblingSet[] {
  return sets
    .filter((other) => other.article === set.article && other.id !== set.id)
    .map(({ id, title, audience }) => (audience ? { id, title, audience } : { id, title }));
}
