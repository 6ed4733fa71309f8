/**
 * content:check's whole run over the content folders: read every file, check
 * every article, then every set against its article. Sound files are returned
 * for the app; every problem is returned for the teacher, so one broken set
 * never hides the others.
 */
import fs from 'node:fs';
import path from 'node:path';

import { type Article, type CheckedSet } from '@/lib/content';

import { checkArticle } from './check-article';
import { checkSet, type KnownArticles } from './check-set';
import { byPosition, problem, START, type ContentProblem } from './problem';

export interface ContentFile {
  /** From the repository root, with forward slashes: "content/sets/my-set.yaml". */
  path: string;
  bytes: Uint8Array;
}

/** Every file in the content folders, as bytes, with paths from the repository root. */
export function readContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const folder of ['articles', 'sets']) {
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

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] as number;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

export type DecodedText = { ok: true; text: string } | { ok: false; problem: ContentProblem };

/** Reads a content file's bytes as text: at most 1 MB, UTF-8, without a byte-order mark; else the problem, placed at the first bad byte. */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
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
  return [];
}

export interface LibraryCheck {
  articles: Map<string, Article>;
  sets: CheckedSet[];
  /** Set ids whose files have errors, with every problem in them. */
  broken: Map<string, ContentProblem[]>;
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
  return { articles, sets, broken, problems: problems.sort(byPosition) };
}
