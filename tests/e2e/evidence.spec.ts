import { expect, test } from './fixtures';

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
});
