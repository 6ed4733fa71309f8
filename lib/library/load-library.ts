import 'server-only';

import { checkLibrary, formatProblem, type ContentProblem, loadSet, readContentFiles } from '@/lib/check';
import { type Library, type LoadedSet, type Article, libraryPages, shelvesOf, type Shelf } from '@/lib/content';

interface CheckedLibrary extends Library {
  /** Sets whose files have errors: shown with their errors in development, never built. */
  broken: ReadonlyMap<string, ContentProblem[]>;
  /** The sets by id: the scoring API finds its set on every request. */
  setsById: ReadonlyMap<string, LoadedSet>;
}

/**
 * The folder that holds content/: the app's own, or CONTENT_ROOT's, so tests
 * and benchmarks can serve a library of their own without touching the repo.
 */
function contentRoot(): string {
  return process.env.CONTENT_ROOT ?? process.cwd();
}

function readLibrary(): CheckedLibrary {
  const { articles, sets, broken, problems } = checkLibrary(readContentFiles(contentRoot()));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 && process.env.NODE_ENV === 'production') {
    throw new Error(`The content has errors; run "npm run content:check":\n${errors.map(formatProblem).join('\n')}`);
  }
  const loaded = sets.flatMap((set) => {
    const article = articles.get(set.article);
    return article ? [loadSet(set, article)] : [];
  });
  return { articles, sets: loaded, broken, setsById: new Map(loaded.map((set) => [set.id, set])) };
}

let cached: CheckedLibrary | undefined;

/**
 * The whole library, read and checked once per server in production; read
 * afresh on every call in development, so a teacher's edit shows at once and
 * a broken set shows its own errors while every other set keeps working.
 */
export function getLibrary(): CheckedLibrary {
  if (process.env.NODE_ENV !== 'production') return readLibrary();
  cached ??= readLibrary();
  return cached;
}

export function getSet(id: string): LoadedSet | undefined {
  return getLibrary().setsById.get(id);
}

export function getArticle(id: string): Article | undefined {
  return getLibrary().articles.get(id);
}

/** The errors of a set that cannot be shown, or undefined when it is sound or unknown. */
export function getSetErrors(id: string): ContentProblem[] | undefined {
  return getLibrary().broken.get(id);
}

/** The library's shelves, newest article first, split into pages: the home page shows the first. */
export function getLibraryPages({ sets, articles }: Library = getLibrary()): Shelf[][] {
  return libraryPages(shelvesOf(sets, articles));
}
