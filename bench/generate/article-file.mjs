// @ts-check
import { stringify } from 'yaml';

/**
 * An article's Markdown file: YAML frontmatter, then one paragraph per block.
 * @param {import('./article-model.mjs').ArticleModel} article
 */
export const articleFile = (article) => `---\n${stringify(article.meta, { lineWidth: 0 })}---\n\n${article.paragraphs.join('\n\n')}\n`;
