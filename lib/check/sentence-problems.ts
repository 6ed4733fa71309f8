import { type Paragraph, citedPassage, type Sentence } from '@/lib/content';
import { parseSentenceId } from '@/lib/text';

import { closestSentence } from './closest-passage';

const COUNT = ['', 'one', 'two', 'three', 'four', 'five'];

/** "(paragraph 5, sentence 2)" or "(paragraph 5, sentences 1–2)" */
function place(sentences: readonly Sentence[]): string {
  const first = parseSentenceId(sentences[0]?.id ?? '');
  const last = parseSentenceId(sentences[sentences.length - 1]?.id ?? '');
  return sentences.length === 1 ? `paragraph ${first.paragraph}, sentence ${first.sentence}` : `paragraph ${first.paragraph}, sentences ${first.sentence}–${last.sentence}`;
}

/**
 * What is wrong with a passage that students must be able to cite: it must be
 * one or more whole sentences of the article. Names the sentence the teacher
 * most likely meant. Null when the passage is sound.
 */
export function wholeSentenceProblem(paragraphs: readonly Paragraph[], quote: string): string | null {
  const passage = citedPassage(paragraphs, quote);
  if (passage.fit === 'whole') return null;
  if (passage.fit === 'partial') {
    const { sentences } = passage;
    const one = sentences.length === 1;
    const what = one ? 'is only part of one' : `covers parts of ${COUNT[sentences.length] ?? sentences.length}`;
    return `students cite whole sentences, and this ${what}; the whole ${one ? 'sentence' : 'sentences'} (${place(sentences)}) ${one ? 'reads' : 'read'}: "${sentences.map((s) => s.text).join(' ')}"`;
  }
  const closest = closestSentence(paragraphs, quote);
  return `not found word for word in the article${closest ? `; the closest sentence (${place([closest])}) reads: "${closest.text}"` : ''}`;
}
