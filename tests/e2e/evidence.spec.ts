import { PNG } from 'pngjs';

import { expect, test } from './fixtures';

/** The share of pixels in a PNG that are the evidence highlight's yellow (#fde68a). */
function shareOfHighlightYellow(png: Buffer): number {
  const { data, width, height } = PNG.sync.read(png);
  let yellow = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
    if (Math.abs(r - 0xfd) < 12 && Math.abs(g - 0xe6) < 12 && Math.abs(b - 0x8a) < 12) yellow++;
  }
  return yellow / (width * height);
}

test('the evidence link scrolls the article to the passage and highlights it', async ({ setPage, page }) => {
  await setPage.goto();
  await setPage.choose('claim-ceasefire-signed', 'True');
  await setPage.submit({ anyway: true });

  const paragraph = page.locator('#p-17');
  await expect(paragraph).not.toBeInViewport();
  await setPage.feedback('claim-ceasefire-signed').getByRole('button', { name: 'Show the evidence in paragraph 17' }).click();

  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toBeFocused();
  await expect(paragraph).toHaveAttribute('data-evidence', 'true');
  const highlighted = await page.evaluate(() => [...(CSS.highlights.get('evidence') ?? [])].map((range) => range.toString()));
  expect(highlighted).toEqual([
    'Small said there still remains a “rabbit in the hat” possibility that Russia makes a concession on paper, such as agreeing to a ceasefire proposal, to justify the visit.',
  ]);

  // The passage is painted, not only registered: its first line shows the highlight colour.
  const line = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('evidence') ?? [])][0] as Range | undefined;
    const rect = range?.getClientRects()[0];
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  });
  expect(line).not.toBeNull();
  const shot = await page.screenshot({ clip: line ?? undefined });
  expect(shareOfHighlightYellow(shot)).toBeGreaterThan(0.5);
});
