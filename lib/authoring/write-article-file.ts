import { Document, isMap, isScalar } from 'yaml';

import type { ArticleMeta } from '@/lib/content';

import { escapeParagraphStart } from './escape-paragraph-start';

/**
 * The text of an article file: YAML frontmatter written by the `yaml`
 * package (so any title or caption is quoted safely, never folded), a
 * comment on the optional fields, then one Markdown paragraph per entry.
 */
const OPTIONAL_FIELDS_HINT = [
  ' Optional: url: https://… (where the article was first published).',
  ' corrections: one entry for each word you change from the source, like',
  '   - original: Mortiz Rudolf',
  '     corrected: Moritz Rudolf',
  '     note: The source misspelled the name.',
].join('\n');

export function articleFileText(meta: ArticleMeta, paragraphs: readonly string[]): string {
  const doc = new Document(meta);
  if (isMap(doc.contents)) {
    const corrections = doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'corrections');
    if (corrections && isScalar(corrections.key)) corrections.key.commentBefore = OPTIONAL_FIELDS_HINT;
  }
  const frontmatter = doc.toString({ lineWidth: 0 });
  const body = paragraphs.map(escapeParagraphStart).join('\n\n');
  return `---\n${frontmatter}---\n${body ? `\n${body}\n` : ''}`;
}
