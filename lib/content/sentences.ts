import { splitSentences, sentenceId } from '@/lib/text';

import type { Paragraph } from './article';

export interface Sentence {
  /** "3.2": paragraph 3, sentence 2 (see sentence-id.ts). */
  id: string;
  paragraph: number;
  /** 1-based, within its paragraph. */
  number: number;
  /** Offsets in the paragraph's text. */
  start: number;
  end: number;
  text: string;
}

/** Each paragraph is split once, however often its sentences are asked for (checking, loading, rendering). */
const split = new WeakMap<Paragraph, Sentence[]>();

/** A paragraph's sentences, in order: the same on every call, in content:check, the loader and the page. */
export function paragraphSentences(paragraph: Paragraph): Sentence[] {
  let sentences = split.get(paragraph);
  if (!sentences) {
    sentences = splitSentences(paragraph.text).map(({ start, end }, i) => ({
      id: sentenceId(paragraph.number, i + 1),
      paragraph: paragraph.number,
      number: i + 1,
      start,
      end,
      text: paragraph.text.slice(start, end),
    }));
    split.set(paragraph, sentences);
  }
  return sentences;
}

/** Every sentence of an article, in reading order. */
export function articleSentences(paragraphs: readonly Paragraph[]): Sentence[] {
  return paragraphs.flatMap(paragraphSentences);
}
