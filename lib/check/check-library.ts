/**
 * content:check's whole run over the content folders: read every file, check
 * every article, then every set against its article. Sound files are compiled
 * for the app; every problem is returned for the teacher, so one broken set
 * never hides the others.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { articleSentences, COMPILED_LIBRARY, locateCitedKeys, locateEvidence, PLATFORMS_FILE, type Article, type CheckedSet, type LoadedSet, type Platform, byPosition, problem, START, type ContentProblem } from '@/lib/content';

import { checkArticle } from './check-article';
import { checkPlatforms } from './check-platforms';
import { checkSet, type KnownArticles } from './check-set';

export interface ContentFile {
  /** From the repository root, with forward slashes: "content/sets/my-set.yaml". */
  path: string;
  bytes: Uint8Array;
}

/** Every file in the content folders, as bytes, with paths from the repository root. */
export function readContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const folder of ['articles', 'sets', 'lti']) {
    const dir = path.join(root, 'content', folder);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isFile()) files.push({ path: `content/${folder}/${name}`, bytes: fs.readFileSync(full) });
    }
  }
  return files;
}

/** Content files above this size are refused before they are parsed. */
const MAX_CONTENT_BYTES = 1024 * 1024;

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.
 * The decoder turns each bad sequence into U+FFFD, so the text encoded again first differs
 * from the bytes inside that replacement; its first byte is where the bad sequence starts.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  const again = new TextEncoder().encode(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  let i = 0;
  while (again[i] === bytes[i]) i++;
  while (((again[i] as number) & 0xc0) === 0x80) i--;
  return i;
}

/** Reads a content file's bytes as text: at most 1 MB, UTF-8, without a byte-order mark; else the problem, placed at the first bad byte. */
export function decodeText(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: ContentProblem } {
  if (bytes.length > MAX_CONTENT_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1);
    return { ok: false, problem: problem(file, START, 'error', `the file is ${mb} MB; a content file may be at most 1 MB`) };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = bytes.subarray(0, bad);
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const line = before.filter((b) => b === 0x0a).length + 1;
    const column = [...new TextDecoder().decode(bytes.subarray(lineStart, bad))].length + 1;
    const hex = (bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, problem: problem(file, { line, column }, 'error', `the file is not UTF-8 text (byte 0x${hex}); save it with the UTF-8 encoding`) };
  }
  return { ok: true, text: new TextDecoder().decode(bytes).replace(/^\uFEFF/, '') };
}

const ARTICLE = /^content\/articles\/([^/]+)\.md$/;
const SET = /^content\/sets\/([^/]+)\.yaml$/;

/** A file in a content folder that is ignored for its extension, with a warning that says so. */
function misplaced(file: ContentFile): ContentProblem[] {
  if (/^content\/sets\/[^/]+\.yml$/.test(file.path)) return [problem(file.path, START, 'warning', 'ignored: a question set file must end in ".yaml"')];
  if (/^content\/articles\/[^/]+\.(?:markdown|txt)$/.test(file.path)) return [problem(file.path, START, 'warning', 'ignored: an article file must end in ".md"')];
  if (file.path.startsWith('content/lti/') && file.path !== PLATFORMS_FILE) return [problem(file.path, START, 'warning', `ignored: the learning platforms are listed in "${PLATFORMS_FILE}"`)];
  return [];
}

export interface LibraryCheck {
  articles: Map<string, Article>;
  sets: CheckedSet[];
  /** Set ids whose files have errors, with every problem in them. */
  broken: Map<string, ContentProblem[]>;
  /** The learning platforms content/lti/platforms.yaml lists (none without the file, or while it has errors). */
  platforms: Platform[];
  /** Every problem in every file, in file, line and column order. */
  problems: ContentProblem[];
}

/** Reads and checks the whole library: every article, then every set against its article. */
export function checkLibrary(files: readonly ContentFile[]): LibraryCheck {
  const problems = files.flatMap(misplaced);
  const articles = new Map<string, Article>();
  const brokenArticles = new Set<string>();
  for (const file of files) {
    const id = ARTICLE.exec(file.path)?.[1];
    if (id === undefined) continue;
    const decoded = decodeText(file.path, file.bytes);
    const { article, problems: found } = decoded.ok ? checkArticle(id, file.path, decoded.text) : { article: undefined, problems: [decoded.problem] };
    problems.push(...found);
    if (article) articles.set(id, article);
    else brokenArticles.add(id);
  }
  const known: KnownArticles = { articles, broken: brokenArticles };
  const sets: CheckedSet[] = [];
  const broken = new Map<string, ContentProblem[]>();
  for (const file of files) {
    const id = SET.exec(file.path)?.[1];
    if (id === undefined) continue;
    const decoded = decodeText(file.path, file.bytes);
    const { set, problems: found } = decoded.ok ? checkSet(id, file.path, decoded.text, known) : { set: undefined, problems: [decoded.problem] };
    problems.push(...found);
    if (set) sets.push({ ...set, id });
    else broken.set(id, found.filter((p) => p.severity === 'error').sort(byPosition));
  }
  let platforms: Platform[] = [];
  const platformsFile = files.find((file) => file.path === PLATFORMS_FILE);
  if (platformsFile) {
    const decoded = decodeText(platformsFile.path, platformsFile.bytes);
    const checked = decoded.ok ? checkPlatforms(decoded.text) : { platforms: undefined, problems: [decoded.problem] };
    problems.push(...checked.problems);
    platforms = checked.platforms ?? [];
  }
  return { articles, sets, broken, platforms, problems: problems.sort(byPosition) };
}

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
  platforms: Platform[];
}

/** A short, stable fingerprint of some content: it changes whenever the content does. */
const hashContent = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

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

export function compileLibrary({ articles, sets, broken, platforms }: LibraryCheck): CompiledLibrary {
  return {
    articles: [...articles.values()],
    sets: sets.flatMap((set) => {
      const article = articles.get(set.article);
      return article ? [loadSet(set, article)] : [];
    }),
    broken: Object.fromEntries(broken),
    platforms,
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
