/**
 * Helpers for the drafting tests: articles made from Markdown literals, the
 * seed article read from content/, and who-said pairs as plain data.
 */
import fs from 'node:fs';
import path from 'node:path';

import { toParagraphs, type Paragraph, type Article } from '@/lib/content';
import { parseArticle } from '@/lib/check';
import { attributeQuotations, quoteText, findQuotations, type QuotePart } from '@/lib/drafting';
import { buildNameIndex } from '@/lib/names';

export const ROOT = path.resolve(__dirname, '../../..');
export const SEED_ID = 'xi-jinping-in-russia';

export function readSeedArticle(): Article {
  const file = path.join('content', 'articles', `${SEED_ID}.md`);
  return parseArticle(SEED_ID, file, fs.readFileSync(path.join(ROOT, file), 'utf8'));
}

/** Paragraphs from Markdown: blank lines separate them. */
export function paragraphsOf(markdown: string): Paragraph[] {
  return toParagraphs(markdown);
}

/** An article of these Markdown paragraphs, with made-up metadata. */
export function articleOf(markdown: string): Article {
  return { id: 'test-article', meta: { title: 'A test', author: 'A. Writer', publication: 'Test Times', published: '2023-03-20', corrections: [] }, paragraphs: paragraphsOf(markdown), wordCount: 0 };
}

/** Every quotation the drafter would ask about, as [quote, speaker or null]. */
export function attributions(paragraphs: readonly Paragraph[]): [string, string | null][] {
  const attributed = attributeQuotations(paragraphs, findQuotations(paragraphs), buildNameIndex(paragraphs));
  return attributed.map((a) => {
    const part = a.quotation.parts[0] as QuotePart;
    return [quoteText(paragraphs[part.paragraph]?.text ?? '', part), a.act?.speaker.name ?? null];
  });
}
