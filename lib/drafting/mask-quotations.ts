import type { QuotePart } from './find-quotations';

/** The character that stands in for quoted text, so patterns only see the writer's own words. */
export const MASK = '\uE000';

/** The end (exclusive) of a quotation part with its marks: after the closing mark, or the paragraph's end. */
export function partEnd(part: QuotePart, text: string): number {
  return part.close === null ? text.length : part.close + 1;
}

/**
 * A paragraph's text with every quotation, marks included, replaced by MASK
 * characters of the same length: offsets stay the same, and a speech verb
 * or a name inside a quotation is never mistaken for the narrative's.
 */
export function maskQuotations(text: string, parts: readonly QuotePart[]): string {
  let out = text;
  for (const part of parts) {
    const end = partEnd(part, text);
    out = out.slice(0, part.open) + MASK.repeat(end - part.open) + out.slice(end);
  }
  return out;
}
