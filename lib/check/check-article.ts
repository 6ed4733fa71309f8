import { articleMetaSchema, countWords, slugSchema, splitFrontmatter, toParagraphs, type Article } from '@/lib/content';

import { articleKnownKeys, describePath } from './explain-issue';
import { ContentError, problem, START, type ContentProblem } from './problem';
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

function bodyHtmlProblems(file: string, body: string, bodyLine: number): ContentProblem[] {
  return body.split('\n').flatMap((text, i) => {
    const html = findRawHtml(text);
    return html ? [problem(file, { line: bodyLine + i + 1, column: html.index + 1 }, 'error', `raw HTML is not allowed in the article ("${html.tag}"); write plain Markdown`)] : [];
  });
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
