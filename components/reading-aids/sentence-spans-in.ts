import type { TextSpan } from '@/lib/text';

/**
 * The sentences of a paragraph on the page, as offsets into its text: the
 * spans the server already wrapped each sentence in (`[data-sentence]`), so
 * the browser needs no sentence splitter of its own and highlights exactly
 * the sentences the article shows. Text without such spans is one sentence.
 */
export function sentenceSpansIn(text: Element): TextSpan[] {
  const whole = text.textContent ?? '';
  const spans = [...text.querySelectorAll('[data-sentence]')];
  if (spans.length === 0) return whole.trim() ? [{ start: 0, end: whole.length }] : [];
  const before = document.createRange();
  before.setStart(text, 0);
  return spans.map((span) => {
    before.setEndBefore(span);
    const start = before.toString().length;
    return { start, end: start + (span.textContent ?? '').length };
  });
}
