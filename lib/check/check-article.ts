import { countWords, toParagraphs, type Article, articleMetaSchema, slugSchema, splitFrontmatter } from '@/lib/content';

import { findRawHtml } from './find-raw-html';
import { htmlProblems } from './html-problems';
import { articleKnownKeys } from './known-keys';
import { problem, START, type ContentProblem } from './problem';
import { parseYamlSource, validateYaml } from './yaml-source';

export interface ArticleCheck {
  article: Article | undefined;
  problems: ContentProblem[];
}

function bodyHtmlProblems(file: string, body: string, bodyLine: number): ContentProblem[] {
  return body.split('\n').flatMap((text, i) => {
    const html = findRawHtml(text);
    return html ? [problem(file, { line: bodyLine + i + 1, column: html.index + 1 }, 'error', `raw HTML is not allowed in the article ("${html.tag}"); write plain Markdown`)] : [];
  });
}

/** Checks an article file (frontmatter and Markdown body) and reads it when it is sound. */
export function checkArticle(id: string, file: string, text: string): ArticleCheck {
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
