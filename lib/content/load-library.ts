import 'server-only';

import fs from 'node:fs';
import path from 'node:path';

import { checkSetAgainstArticle } from './check-set-against-article';
import { ContentError } from './content-error';
import { hashContent } from './hash-content';
import type { Library, LoadedSet } from './library';
import { parseArticle, type Article } from './parse-article';
import { parseYamlWith } from './parse-yaml';
import { questionSetSchema } from './schema';

/** Where teachers put content. Traced into the server build by next.config.js. */
export const CONTENT_DIR = path.join(process.cwd(), 'content');

function filesIn(folder: string, extension: string): { id: string; file: string; source: string }[] {
  const dir = path.join(CONTENT_DIR, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({
      id: name.slice(0, -extension.length),
      file: path.join('content', folder, name),
      source: fs.readFileSync(path.join(dir, name), 'utf8'),
    }));
}

function readLibrary(): Library {
  const articles = new Map<string, Article>();
  for (const { id, file, source } of filesIn('articles', '.md')) articles.set(id, parseArticle(id, file, source));

  const sets: LoadedSet[] = filesIn('sets', '.yaml').map(({ id, file, source }) => {
    const data = parseYamlWith(file, source, questionSetSchema);
    const article = articles.get(data.article);
    if (!article) throw new ContentError(file, [{ path: 'article', message: `there is no article "content/articles/${data.article}.md"` }]);
    const issues = checkSetAgainstArticle(data, article);
    if (issues.length > 0) throw new ContentError(file, issues);
    return { ...data, id, hash: hashContent({ questions: data.questions, mode: data.mode, article: article.paragraphs }) };
  });
  return { articles, sets };
}

let cached: Library | undefined;

/**
 * The whole library, read and checked once per server in production; read
 * afresh on every call in development, so a teacher's edit shows at once.
 */
export function getLibrary(): Library {
  if (process.env.NODE_ENV !== 'production') return readLibrary();
  cached ??= readLibrary();
  return cached;
}

export function getSet(id: string): LoadedSet | undefined {
  return getLibrary().sets.find((set) => set.id === id);
}

export function getArticle(id: string): Article | undefined {
  return getLibrary().articles.get(id);
}
