import 'server-only';

import fs from 'node:fs';
import path from 'node:path';

import type { CompiledLibrary } from '@/lib/check';
import { type ContentProblem, COMPILED_LIBRARY, libraryPages, shelvesOf, type Article, type Library, type LoadedSet, type Platform, type Shelf } from '@/lib/content';

interface ServedLibrary extends Library {
  /** Sets whose files have errors: shown with their errors in development, never built. */
  broken: ReadonlyMap<string, ContentProblem[]>;
  setsById: ReadonlyMap<string, LoadedSet>;
  /** The learning platforms content/lti/platforms.yaml lists. */
  platforms: readonly Platform[];
}

/**
 * Reads the library `content:check` compiled (npm run build and npm run dev
 * run it first): the check itself never runs in a request, a render or a cold
 * start. CONTENT_ROOT names another folder holding content/ and its compiled
 * library, so tests and benchmarks can serve a library of their own.
 */
function readLibrary(file: string): ServedLibrary {
  let compiled: CompiledLibrary;
  try {
    // Traced by name in next.config.js (outputFileTracingIncludes), not by following this call.
    compiled = JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8'));
  } catch (error) {
    throw new Error(`There is no compiled content at ${file}: run "npm run content:check".`, { cause: error });
  }
  return {
    articles: new Map(compiled.articles.map((article) => [article.id, article])),
    sets: compiled.sets,
    broken: new Map(Object.entries(compiled.broken)),
    setsById: new Map(compiled.sets.map((set) => [set.id, set])),
    platforms: compiled.platforms ?? [],
  };
}

let cached: { file: string; modified: number; library: ServedLibrary } | undefined;

/**
 * The whole library: read once per server in production; in development again
 * whenever the content watcher has compiled it anew (a teacher's edit, or a
 * broken set's errors), so one page's several reads cost one parse.
 */
export function getLibrary(): ServedLibrary {
  if (cached && process.env.NODE_ENV === 'production') return cached.library;
  const file = path.join(/* turbopackIgnore: true */ process.env.CONTENT_ROOT ?? process.cwd(), COMPILED_LIBRARY);
  const modified = fs.statSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (cached?.file !== file || cached.modified !== modified) cached = { file, modified, library: readLibrary(file) };
  return cached.library;
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
