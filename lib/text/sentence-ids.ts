/** A stretch of one paragraph's text, as offsets: `start` inclusive, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * A sentence of an article is named by its paragraph and its place in it:
 * "3.2" is paragraph 3, sentence 2.
 */
export const SENTENCE_ID = /^[1-9]\d{0,3}\.[1-9]\d{0,3}$/;

export function sentenceId(paragraph: number, sentence: number): string {
  return `${paragraph}.${sentence}`;
}

export function parseSentenceId(id: string): { paragraph: number; sentence: number } {
  const [paragraph, sentence] = id.split('.').map(Number);
  return { paragraph: paragraph ?? 0, sentence: sentence ?? 0 };
}

/** The id of the sentence's element in the page: "s-3-2". */
export function sentenceElementId(id: string): string {
  return `s-${id.replace('.', '-')}`;
}

/** "paragraph 3, sentence 2" */
export function sentenceLabel(id: string): string {
  const { paragraph, sentence } = parseSentenceId(id);
  return `paragraph ${paragraph}, sentence ${sentence}`;
}

/** Reading order: by paragraph, then by sentence. */
export function compareSentenceIds(a: string, b: string): number {
  const x = parseSentenceId(a);
  const y = parseSentenceId(b);
  return x.paragraph - y.paragraph || x.sentence - y.sentence;
}

/** Whether two sentences stand next to each other in the same paragraph. */
export function areAdjacent(a: string, b: string): boolean {
  const x = parseSentenceId(a);
  const y = parseSentenceId(b);
  return x.paragraph === y.paragraph && Math.abs(x.sentence - y.sentence) === 1;
}
