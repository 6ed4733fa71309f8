import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

import { ContentError } from './content-error';
import { parseYamlWith } from './parse-yaml';
import { articleMetaSchema, type ArticleMeta } from './schema';
import { splitFrontmatter } from './split-frontmatter';

export interface Paragraph {
  /** 1-based, as shown in the margin. */
  number: number;
  /** The paragraph's Markdown source. */
  markdown: string;
  /** What a reader sees: the Markdown's text without its syntax. */
  text: string;
}

export interface Article {
  id: string;
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  wordCount: number;
}

/** Splits a Markdown body into paragraphs at blank lines. */
export function toParagraphs(body: string): Paragraph[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((markdown, i) => ({ number: i + 1, markdown, text: toString(fromMarkdown(markdown)) }));
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Reads an article file: YAML frontmatter, then Markdown paragraphs. */
export function parseArticle(id: string, file: string, source: string): Article {
  const parts = splitFrontmatter(source);
  if (!parts) {
    throw new ContentError(file, [{ path: '', message: 'an article starts with frontmatter between two "---" lines' }]);
  }
  const meta = parseYamlWith(file, parts.frontmatter, articleMetaSchema, 1);
  const paragraphs = toParagraphs(parts.body);
  if (paragraphs.length === 0) throw new ContentError(file, [{ path: '', message: 'the article has no text after its frontmatter' }]);
  const wordCount = paragraphs.reduce((sum, p) => sum + countWords(p.text), 0);
  return { id, meta, paragraphs, wordCount };
}
