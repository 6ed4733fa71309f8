import { markdownText } from './markdown-text';
import type { ArticleMeta } from './schema';

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
    .map((markdown, i) => ({ number: i + 1, markdown, text: markdownText(markdown) }));
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
