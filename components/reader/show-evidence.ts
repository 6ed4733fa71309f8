import { findQuote } from '@/lib/text';

/** Builds a DOM Range over `[start, end)` of an element's text. */
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

/**
 * Scrolls the article to a quoted passage, highlights it (CSS Custom Highlight
 * API, with an outline on the paragraph where that API is missing) and moves
 * focus there so a screen reader reads it.
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
    const range = rangeOver(text, match.start, match.end);
    if (range && 'highlights' in CSS) CSS.highlights.set('evidence', new Highlight(range));
    paragraph.scrollIntoView({ block: 'center' });
    paragraph.focus({ preventScroll: true });
    return true;
  }
  return false;
}
