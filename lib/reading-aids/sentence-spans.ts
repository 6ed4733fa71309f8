import type { TextSpan } from '@/lib/text';

/**
 * The sentence being read when speech reaches `offset` of the paragraph's
 * text: the one holding it, or else the last to start before it (the spaces
 * between two sentences belong to the one just read); the first sentence
 * before any has started.
 */
export function sentenceAt(sentences: readonly TextSpan[], offset: number): TextSpan | null {
  let found: TextSpan | null = sentences[0] ?? null;
  for (const sentence of sentences) {
    if (sentence.start > offset) break;
    found = sentence;
  }
  return found;
}
