import type { CheckedSet } from '../library';
import type { Article } from '../article';

import { checkArticle } from './check-article';
import { checkSet } from './check-set';
import { decodeText } from './decode-text';
import { byPosition, problem, START, type ContentProblem } from './problem';

export interface ContentFile {
  /** From the repository root, with forward slashes: "content/sets/my-set.yaml". */
  path: string;
  bytes: Uint8Array;
}

export interface LibraryCheck {
  articles: Map<string, Article>;
  sets: CheckedSet[];
  /** Set ids whose files have errors, with every problem in them. */
  broken: Map<string, ContentProblem[]>;
  /** Every problem in every file, in file, line and column order. */
  problems: ContentProblem[];
}

const ARTICLE = /^content\/articles\/([^/]+)\.md$/;
const SET = /^content\/sets\/([^/]+)\.yaml$/;

function misplaced(file: ContentFile): ContentProblem | null {
  if (ARTICLE.test(file.path) || SET.test(file.path)) return null;
  if (/^content\/sets\/[^/]+\.yml$/.test(file.path)) return problem(file.path, START, 'warning', 'ignored: a question set file must end in ".yaml"');
  if (/^content\/articles\/[^/]+\.(?:markdown|txt)$/.test(file.path)) return problem(file.path, START, 'warning', 'ignored: an article file must end in ".md"');
  return null;
}

/**
 * Reads and checks the whole library: every article, then every set against
 * its article. Sound files are returned for the app; every problem is
 * returned for the teacher, so one broken set never hides the others.
 */
export function checkLibrary(files: readonly ContentFile[]): LibraryCheck {
  const problems: ContentProblem[] = files.map(misplaced).filter((p): p is ContentProblem => p !== null);
  const articles = new Map<string, Article>();
  const brokenArticles = new Set<string>();
  const texts = new Map<string, string>();
  for (const file of files) {
    const decoded = decodeText(file.path, file.bytes);
    if (decoded.ok) texts.set(file.path, decoded.text);
    else problems.push(decoded.problem);
  }

  for (const file of files) {
    const id = ARTICLE.exec(file.path)?.[1];
    if (id === undefined) continue;
    const text = texts.get(file.path);
    const result = text === undefined ? undefined : checkArticle(id, file.path, text);
    problems.push(...(result?.problems ?? []));
    if (result?.article) articles.set(id, result.article);
    else brokenArticles.add(id);
  }

  const sets: CheckedSet[] = [];
  const broken = new Map<string, ContentProblem[]>();
  for (const file of files) {
    const id = SET.exec(file.path)?.[1];
    if (id === undefined) continue;
    const text = texts.get(file.path);
    const result = text === undefined ? undefined : checkSet(id, file.path, text, { articles, broken: brokenArticles });
    const mine = result?.problems ?? problems.filter((p) => p.file === file.path);
    if (result) problems.push(...result.problems);
    if (result?.set && articles.has(result.set.article)) {
      sets.push({ ...result.set, id });
    } else {
      broken.set(id, mine.filter((p) => p.severity === 'error').sort(byPosition));
    }
  }
  return { articles, sets, broken, problems: problems.sort(byPosition) };
}
