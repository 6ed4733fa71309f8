import fs from 'node:fs';
import path from 'node:path';

import { COMPILED_LIBRARY, type Article, type LoadedSet } from '@/lib/content';

import type { LibraryCheck } from './check-library';
import { loadSet } from './load-set';
import type { ContentProblem } from './problem';

/**
 * The library as the app reads it, made once by `content:check`: the sound
 * articles and sets, each set with what the app needs of it worked out
 * (fingerprints, evidence, cited sentences), and the errors of every broken
 * set, which development shows on that set's own page.
 */
export interface CompiledLibrary {
  articles: Article[];
  sets: LoadedSet[];
  broken: Record<string, ContentProblem[]>;
}

export function compileLibrary({ articles, sets, broken }: LibraryCheck): CompiledLibrary {
  return {
    articles: [...articles.values()],
    sets: sets.flatMap((set) => {
      const article = articles.get(set.article);
      return article ? [loadSet(set, article)] : [];
    }),
    broken: Object.fromEntries(broken),
  };
}

/** Writes the compiled library under `root`; all at once (a rename), so a running development server never reads half a file. */
export function writeCompiledLibrary(root: string, library: CompiledLibrary): string {
  const file = path.join(root, COMPILED_LIBRARY);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, JSON.stringify(library));
  fs.renameSync(partial, file);
  return file;
}
