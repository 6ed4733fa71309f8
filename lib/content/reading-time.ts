/** Words a minute for a middle- or high-school reader of informational text. */
export const READING_WORDS_PER_MINUTE = 200;

/** Estimated minutes to read a text of this many words, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / READING_WORDS_PER_MINUTE));
}
