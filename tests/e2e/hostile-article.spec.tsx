import fs from 'node:fs';

import { renderToStaticMarkup } from 'react-dom/server';
import { parse } from 'yaml';

import { ArticleView } from '@/components/article/article-view';
import { toParagraphs, type Article, articleMetaSchema, splitFrontmatter } from '@/lib/content';

import { expect, test } from './fixtures';

/**
 * A teacher pastes a hostile page. content:check refuses its HTML, but the
 * renderer must be safe on its own: the article is rendered exactly as the
 * server renders it, loaded into a real browser, and poked.
 */
function hostileArticle(extraParagraph = ''): Article {
  const source = fs.readFileSync('tests/fixtures/hostile/hostile-article.md', 'utf8');
  const parts = splitFrontmatter(source);
  if (!parts) throw new Error('fixture has no frontmatter');
  const meta = articleMetaSchema.parse(parse(parts.frontmatter));
  const paragraphs = toParagraphs(parts.body + extraParagraph);
  return { id: 'hostile', meta, paragraphs, wordCount: 0 };
}

const page = (markup: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${markup}</body></html>`;

test('a hostile article renders as inert text: no script runs, no frame loads, no dangerous link survives', async ({ page: browser }) => {
  const dialogs: string[] = [];
  browser.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await browser.setContent(page(renderToStaticMarkup(<ArticleView article={hostileArticle()} />)), { waitUntil: 'load' });

  await expect(browser.getByText('Plain opening paragraph that should render.')).toBeVisible();
  expect(await browser.locator('script, iframe, img, svg, style, object, embed, [onerror], [onload], [onclick]').count()).toBe(0);
  // Only the real web link is still a link; the javascript: and data: ones are plain text.
  const hrefs = await browser.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['https://example.org/page']);
  await expect(browser.locator('a')).toHaveAttribute('rel', 'noopener noreferrer nofollow');

  // Click where a student could click, then look for any sign a script ran.
  await browser.getByText('javascript link').click();
  await browser.getByText('data link').click();
  await browser.mouse.click(10, 10);
  expect(await browser.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);

  // The title and byline show their text with the markup as plain characters, not as elements.
  await expect(browser.getByRole('heading', { level: 1 })).toHaveText("<script>window.__pwned = 'title'</script> Hostile headline");
  // Right-to-left overrides and zero-width characters are kept as text, inside the paragraph that holds them.
  await expect(browser.locator('#p-8')).toContainText('then zero');
});

test('a 1 MB paragraph renders, and quickly', async ({ page: browser }) => {
  const huge = `\n\n${'Lorem ipsum dolor sit amet. '.repeat(Math.ceil((1024 * 1024) / 28))}`;
  const started = performance.now();
  const markup = renderToStaticMarkup(<ArticleView article={hostileArticle(huge)} />);
  const renderMs = performance.now() - started;
  await browser.setContent(page(markup), { waitUntil: 'load' });
  await expect(browser.locator('[data-paragraph]').last()).toContainText('Lorem ipsum dolor sit amet.');
  expect(markup.length).toBeGreaterThan(1024 * 1024);
  expect(renderMs).toBeLessThan(10_000);
});
