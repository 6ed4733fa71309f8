import { type CheckedSet, type Article } from '@/lib/content';

import { checkArticle } from './check-article';
import { checkSet, type KnownArticles } from './check-set';
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

/** A content file read as text, or with the problem that stopped it being read. */
export interface TextFile {
  path: string;
  /** The file name without its extension. */
  id: string;
  text: string | undefined;
  problems: ContentProblem[];
}

export interface ArticleOutcome {
  id: string;
  article?: Article;
  problems: ContentProblem[];
}

export interface SetOutcome {
  id: string;
  /** Present when the set and its article are sound. */
  set?: CheckedSet;
  problems: ContentProblem[];
}

/** Sorts the files into articles and sets, reading each as text; other files are ignored, some with a warning. */
export function readLibraryFiles(files: readonly ContentFile[]): { articles: TextFile[]; sets: TextFile[]; ignored: ContentProblem[] } {
  const read = (file: ContentFile, id: string): TextFile => {
    const decoded = decodeText(file.path, file.bytes);
    return decoded.ok ? { path: file.path, id, text: decoded.text, problems: [] } : { path: file.path, id, text: undefined, problems: [decoded.problem] };
  };
  const articles: TextFile[] = [];
  const sets: TextFile[] = [];
  for (const file of files) {
    const article = ARTICLE.exec(file.path)?.[1];
    const set = SET.exec(file.path)?.[1];
    if (article !== undefined) articles.push(read(file, article));
    else if (set !== undefined) sets.push(read(file, set));
  }
  return { articles, sets, ignored: files.map(misplaced).filter((p): p is ContentProblem => p !== null) };
}

export function checkArticleFile(file: TextFile): ArticleOutcome {
  if (file.text === undefined) return { id: file.id, problems: file.problems };
  const { article, problems } = checkArticle(file.id, file.path, file.text);
  return { id: file.id, article, problems };
}

/** The sound articles, and the ids of the broken ones, for checking sets against. */
export function knownArticles(outcomes: readonly ArticleOutcome[]): KnownArticles {
  const articles = new Map<string, Article>();
  const broken = new Set<string>();
  for (const { id, article } of outcomes) {
    if (article) articles.set(id, article);
    else broken.add(id);
  }
  return { articles, broken };
}

export function checkSetFile(file: TextFile, known: KnownArticles): SetOutcome {
  if (file.text === undefined) return { id: file.id, problems: file.problems };
  const { set, problems } = checkSet(file.id, file.path, file.text, known);
  return { id: file.id, set: set && known.articles.has(set.article) ? { ...set, id: file.id } : undefined, problems };
}

/** Puts the outcomes of every file together, in file order. */
export function assembleLibrary(ignored: readonly ContentProblem[], articleOutcomes: readonly ArticleOutcome[], setOutcomes: readonly SetOutcome[]): LibraryCheck {
  const sets: CheckedSet[] = [];
  const broken = new Map<string, ContentProblem[]>();
  for (const outcome of setOutcomes) {
    if (outcome.set) sets.push(outcome.set);
    else broken.set(outcome.id, outcome.problems.filter((p) => p.severity === 'error').sort(byPosition));
  }
  const problems = [...ignored, ...articleOutcomes.flatMap((o) => o.problems), ...setOutcomes.flatMap((o) => o.problems)];
  return { articles: new Map(knownArticles(articleOutcomes).articles), sets, broken, problems: problems.sort(byPosition) };
}

/**
 * Reads and checks the whole library: every article, then every set against
 * its article. Sound files are returned for the app; every problem is
 * returned for the teacher, so one broken set never hides the others.
 */
export function checkLibrary(files: readonly ContentFile[]): LibraryCheck {
  const { articles, sets, ignored } = readLibraryFiles(files);
  const articleOutcomes = articles.map(checkArticleFile);
  const known = knownArticles(articleOutcomes);
  return assembleLibrary(ignored, articleOutcomes, sets.map((file) => checkSetFile(file, known)));
}
