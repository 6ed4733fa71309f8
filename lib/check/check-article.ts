import { fromMarkdown } from 'mdast-util-from-markdown';

import { articleMetaSchema, countWords, slugSchema, splitFrontmatter, toParagraphs, type Article, ContentError, problem, START, type ContentProblem } from '@/lib/content';

import { articleKnownKeys, describePath } from './explain-issue';
import { parseYamlSource, positionOf, validateYaml, type Path, type YamlSource } from './yaml-source';

/** An HTML tag, comment or doctype, as a teacher might paste from a web page. */
const RAW_HTML = /<(?:!--|!doctype\b|\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>)/i;

/** The first piece of raw HTML in a text, with its offset, or null. */
export function findRawHtml(text: string): { index: number; tag: string } | null {
  const match = RAW_HTML.exec(text);
  return match ? { index: match.index, tag: match[0].length > 40 ? `${match[0].slice(0, 40)}…` : match[0] } : null;
}

/** Every string in a value that holds raw HTML, with its path. */
function htmlIn(value: unknown, path: Path, found: [Path, string][]): [Path, string][] {
  if (typeof value === 'string') {
    const html = value.includes('<') ? findRawHtml(value) : null;
    if (html) found.push([path, html.tag]);
  } else if (Array.isArray(value)) value.forEach((item, i) => htmlIn(item, [...path, i], found));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) htmlIn(item, [...path, key], found);
  return found;
}

/** Raw HTML in any field of a YAML document: it would never be shown as HTML, so it is refused. */
export function htmlProblems(source: YamlSource, value: unknown): ContentProblem[] {
  return htmlIn(value, [], []).map(([path, tag]) =>
    problem(source.file, positionOf(source, path), 'error', `${describePath(path)}: raw HTML is not allowed ("${tag}"); write plain text`),
  );
}

/** Any tag-like text, complete or not (`<svg/onload=…>`, a tag cut off at the line's end): never what a news article's words need. */
const TAG_LIKE = /<\/?[a-z][a-z0-9-]*(?=[\s/>]|$)|<!--/im;

const shortTag = (tag: string) => (tag.length > 40 ? `${tag.slice(0, 40)}…` : tag).replace(/\s+/g, ' ');

/** Every `html` node in a Markdown tree: what the renderer, which never renders raw HTML, would drop. */
function htmlNodes(node: MdNode, found: MdNode[] = []): MdNode[] {
  if (node.type === 'html') found.push(node);
  for (const child of node.children ?? []) htmlNodes(child, found);
  return found;
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

/**
 * Raw HTML in the body, found by the Markdown parser the renderer uses, paragraph by paragraph as it renders
 * them, so that whatever it would drop is refused here first; and any other tag-like text, which it would show as it is.
 */
function bodyHtmlProblems(file: string, body: string, bodyLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (offset: number) => {
    const before = body.slice(0, offset);
    return { line: bodyLine + before.split('\n').length, column: offset - before.lastIndexOf('\n') };
  };
  const message = (tag: string) => `raw HTML is not allowed in the article ("${shortTag(tag)}"); write plain Markdown`;
  for (const { block, offset } of paragraphBlocks(body)) {
    // HTML, and anything tag-like, starts with "<": a paragraph without one needs no parse.
    if (!block.includes('<')) continue;
    const start = at(offset);
    const nodes = htmlNodes(fromMarkdown(block) as MdNode);
    const lines = new Set<number>();
    for (const node of nodes) {
      const { line, column } = node.position?.start ?? { line: 1, column: 1 };
      // One problem a line: a closing tag after its opening one says nothing new.
      if (lines.has(line)) continue;
      lines.add(line);
      problems.push(problem(file, { line: start.line + line - 1, column: line === 1 ? start.column + column - 1 : column }, 'error', message(node.value ?? '<')));
    }
    // Code spans show their text as written: a tag there is an example, not HTML.
    const tag = nodes.length === 0 ? TAG_LIKE.exec(block.replace(/(`+)[\s\S]*?\1/g, (code) => ' '.repeat(code.length))) : null;
    if (tag) problems.push(problem(file, at(offset + tag.index), 'error', message(block.slice(tag.index, block.indexOf('>', tag.index) + 1 || tag.index + 40))));
  }
  return problems;
}

/** The body's paragraphs as toParagraphs cuts them (at blank lines, trimmed), each with where it starts in the body. */
function paragraphBlocks(body: string): { block: string; offset: number }[] {
  const blocks: { block: string; offset: number }[] = [];
  let start = 0;
  for (const end of [...body.matchAll(/\r?\n[ \t]*\r?\n/g), null]) {
    const text = body.slice(start, end ? end.index : body.length);
    const block = text.trim();
    if (block) blocks.push({ block, offset: start + (text.length - text.trimStart().length) });
    if (end) start = end.index + end[0].length;
  }
  return blocks;
}

/** Checks an article file (frontmatter and Markdown body) and reads it when it is sound. */
export function checkArticle(id: string, file: string, text: string): { article: Article | undefined; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  if (!slugSchema.safeParse(id).success) {
    problems.push(problem(file, START, 'error', `the file name "${id}.md" must be lowercase letters, digits and single hyphens, like "xi-in-moscow.md"`));
  }
  const parts = splitFrontmatter(text);
  if (!parts) {
    problems.push(problem(file, START, 'error', 'an article starts with its frontmatter: a line "---", the fields (title, author, …), then another "---"'));
    return { article: undefined, problems };
  }
  const { source, problems: yamlProblems } = parseYamlSource(file, parts.frontmatter, 1);
  problems.push(...yamlProblems);
  if (yamlProblems.some((p) => p.severity === 'error')) return { article: undefined, problems };

  const { data, problems: schemaProblems } = validateYaml(source, articleMetaSchema, articleKnownKeys);
  problems.push(...schemaProblems, ...htmlProblems(source, source.value), ...bodyHtmlProblems(file, parts.body, parts.bodyLine));
  const paragraphs = toParagraphs(parts.body);
  if (paragraphs.length === 0) problems.push(problem(file, { line: parts.bodyLine + 1, column: 1 }, 'error', 'the article has no text after its frontmatter'));

  const sound = data !== undefined && !problems.some((p) => p.severity === 'error');
  const wordCount = paragraphs.reduce((sum, p) => sum + countWords(p.text), 0);
  return { article: sound ? { id, meta: data, paragraphs, wordCount } : undefined, problems };
}

/** Reads an article file, throwing every error in it (as `line:column`) when it cannot be used. */
export function parseArticle(id: string, file: string, source: string): Article {
  const { article, problems } = checkArticle(id, file, source);
  if (article) return article;
  throw new ContentError(file, problems.filter((p) => p.severity === 'error'));
}
