import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { articleSentences, COMPILED_LIBRARY, locateCitedKeys, locateEvidence, type Article, type CheckedSet, type LoadedSet } from '@/lib/content';

import type { LibraryCheck } from './check-library';
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

/** A short, stable fingerprint of some content: it changes whenever the content does. */
function hashContent(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}

/** What the app keeps of a sound set beyond its file: its questions' fingerprints, where its evidence stands, and its cited sentences. */
export function loadSet(set: CheckedSet, article: Article): LoadedSet {
  const sentences = articleSentences(article.paragraphs);
  const citedKeys = locateCitedKeys(set.questions, article);
  // A citing answer names sentences by number: it is kept only while the article's sentences are the same.
  const citable = sentences.map((s) => s.text);
  return {
    ...set,
    questionHashes: Object.fromEntries(
      set.questions.map((q) => [q.id, hashContent({ question: q, article: article.id, ...(citedKeys[q.id] ? { sentences: citable } : {}) })]),
    ),
    evidence: locateEvidence(set.questions, article),
    sentences: sentences.map((s) => s.id),
    citedKeys,
  };
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
