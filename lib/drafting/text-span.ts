import type { TextSpan } from '@/lib/text';

export type { TextSpan };

/** A span in a given paragraph of an article; `paragraph` is the index into `article.paragraphs`. */
export interface ParagraphSpan extends TextSpan {
  paragraph: number;
}
