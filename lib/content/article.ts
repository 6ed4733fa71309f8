/**
 * An article as the app reads it: the frontmatter split from the Markdown
 * body, the body cut into paragraphs of plain text, and each paragraph into
 * the sentences students cite.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

import { splitSentences, sentenceId, type TextSpan } from '@/lib/text';

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

export interface FrontmatterParts {
  frontmatter: string;
  body: string;
  /** How many lines come before the body, so positions in it can be reported. */
  bodyLine: number;
}

const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into its YAML frontmatter (between `---` lines) and its body. */
export function splitFrontmatter(source: string): FrontmatterParts | null {
  const text = source.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  const head = match[0];
  return {
    frontmatter: match[1] ?? '',
    body: text.slice(head.length),
    bodyLine: head.split('\n').length - (head.endsWith('\n') ? 1 : 0),
  };
}

/** What a reader sees of a paragraph of Markdown: its text without the syntax. */
export function markdownText(markdown: string): string {
  return toString(fromMarkdown(markdown));
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

/** Words a minute for a middle- or high-school reader of informational text. */
export const READING_WORDS_PER_MINUTE = 200;

/** Estimated minutes to read a text of this many words, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / READING_WORDS_PER_MINUTE));
}

/** A sentence of a paragraph, with its offsets in the paragraph's text. */
export interface Sentence extends TextSpan {
  /** "3.2": paragraph 3, sentence 2. */
  id: string;
  paragraph: number;
  /** 1-based, within its paragraph. */
  number: number;
  text: string;
}

/** A paragraph's sentences, in order: the same on every call, in content:check, the loader and the page. */
export function paragraphSentences(paragraph: Paragraph): Sentence[] {
  return splitSentences(paragraph.text).map(({ start, end }, i) => ({
    id: sentenceId(paragraph.number, i + 1),
    paragraph: paragraph.number,
    number: i + 1,
    start,
    end,
    text: paragraph.text.slice(start, end),
  }));
}

/** Every sentence of an article, in reading order. */
export function articleSentences(paragraphs: readonly Paragraph[]): Sentence[] {
  return paragraphs.flatMap(paragraphSentences);
}
