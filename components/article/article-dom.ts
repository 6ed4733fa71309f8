/**
 * What the browser reads and marks in the article the server rendered: the
 * paragraphs (`[data-paragraph]`, their text in `[data-paragraph-text]`) and
 * the sentences (`[data-sentence]`, id `s-<paragraph>-<sentence>`). Citing,
 * evidence and read aloud all work on this markup, so the article itself
 * needs no client component.
 */
import { useSyncExternalStore } from 'react';

import { findQuote, sentenceElementId, type TextSpan } from '@/lib/text';

/** The sentence's text as the page shows it; empty when it is not on the page. */
export function sentenceText(id: string): string {
  return document.getElementById(sentenceElementId(id))?.textContent ?? '';
}

const unchanging = () => () => {};

/** A sentence's text, read from the page, so the browser is never sent the article twice; empty while rendering on the server and hydrating. */
export function useSentenceText(id: string): string {
  return useSyncExternalStore(unchanging, () => sentenceText(id), () => '');
}

/** The text of each paragraph of the article, in order. */
export function paragraphTexts(): Element[] {
  return [...document.querySelectorAll('[data-paragraph]')].map((p) => p.querySelector('[data-paragraph-text]') ?? p);
}

/** A DOM Range over `[start, end)` of an element's text. */
export function rangeOver(root: Element, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

/** Paints a range with a named CSS Custom Highlight (`::highlight(name)` in globals.css), where the browser has the API. */
export function highlight(name: string, range: Range | null) {
  if (range && 'highlights' in CSS) CSS.highlights.set(name, new Highlight(range));
}

export function clearHighlight(name: string) {
  if ('highlights' in CSS) CSS.highlights.delete(name);
}

/**
 * The sentences of a paragraph, as offsets into its text: the spans the
 * server wrapped them in, so the browser needs no sentence splitter of its
 * own. Text without such spans is one sentence.
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

/**
 * Scrolls the article to a quoted passage, highlights it (with an outline on
 * the paragraph where the Highlight API is missing) and moves focus there so
 * a screen reader reads it.
 */
export function showEvidence(quote: string, paragraphNumber: number | null): boolean {
  const paragraphs = paragraphNumber ? [document.getElementById(`p-${paragraphNumber}`)] : [...document.querySelectorAll<HTMLElement>('[data-paragraph]')];
  for (const paragraph of paragraphs) {
    const text = paragraph?.querySelector('[data-paragraph-text]');
    if (!paragraph || !text) continue;
    const match = findQuote(text.textContent ?? '', quote);
    if (!match) continue;
    document.querySelectorAll('[data-evidence]').forEach((el) => el.removeAttribute('data-evidence'));
    paragraph.setAttribute('data-evidence', 'true');
    highlight('evidence', rangeOver(text, match.start, match.end));
    paragraph.scrollIntoView({ block: 'center' });
    paragraph.focus({ preventScroll: true });
    return true;
  }
  return false;
}
