import { splitSentences } from '@/lib/text';

import type { Quotation } from './find-quotations';
import { partEnd } from './mask-quotations';
import type { TextSpan } from './text-span';

/** The sentences of every paragraph (by index), never breaking inside a quotation. */
export function articleSentences(paragraphs: readonly { text: string }[], quotations: readonly Quotation[]): TextSpan[][] {
  const parts = quotations.flatMap((q) => q.parts);
  return paragraphs.map(({ text }, paragraph) =>
    splitSentences(
      text,
      parts.filter((p) => p.paragraph === paragraph).map((p) => ({ start: p.open, end: partEnd(p, text) })),
    ),
  );
}
