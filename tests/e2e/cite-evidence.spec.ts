import { expect, test } from './fixtures';
import { tabInto } from './support/keyboard';

/** The sentences the seed questions cite, as the article prints them. */
const TEXT = {
  '4.1': 'But experts say the talks are unlikely to result in a breakthrough on the Ukraine war, which is in its second year.',
  '10.4':
    'Although China stopped short of supplying arms and ammunition to Russia, customs data showed it sold “hunting rifles,” body armor, and fighter-jet and drone parts—“dual-use equipment” that has both civilian and military applications.',
  '7.2':
    'Moscow remains a crucial source of energy imports and military technology for Beijing, which has bought large quantities of discounted Russian oil and held joint military exercises with the Russian military in the East China Sea as well as the Indian Ocean.',
};

test('citing with the mouse: sentences become selectable, each change is announced, and the server scores both parts', async ({ setPage, page }) => {
  await setPage.goto();
  await expect(setPage.sentenceBox('4.1')).toHaveCount(0);

  await setPage.citeButton('cite-no-breakthrough').click();
  await expect(page.locator('#cite-bar-title')).toBeFocused();
  await expect(setPage.citeBar()).toContainText('Question 39: select the sentences that answer it');
  await expect(setPage.citeBar()).toContainText('Experts doubt that Xi’s visit will lead to a deal');
  // Every sentence has a box named by the sentence itself.
  await expect(page.locator('input[data-cite-box]')).toHaveCount(36);
  await expect(page.getByRole('checkbox', { name: TEXT['4.1'], exact: true })).not.toBeChecked();

  await setPage.sentence('4.1').click();
  await expect(page.getByRole('checkbox', { name: TEXT['4.1'], exact: true })).toBeChecked();
  await expect(setPage.sentence('4.1')).toHaveAttribute('data-selected', '');
  await expect(setPage.citeAnnouncement()).toHaveText('Sentence added: But experts say the talks are unlikely to result in a breakthrough…, 1 selected');
  await setPage.sentence('4.2').click();
  await setPage.sentence('5.1').click();
  await expect(setPage.citeBar().getByTestId('cite-count')).toHaveText('3 sentences selected');
  await setPage.sentence('5.1').click();
  await expect(setPage.citeAnnouncement()).toHaveText(/^Sentence removed: While Beijing recently scored .*…, 2 selected$/);
  await expect(setPage.sentence('5.1')).not.toHaveAttribute('data-selected');

  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(setPage.citeBar()).toBeHidden();
  await expect(setPage.citeButton('cite-no-breakthrough')).toBeFocused();
  await expect(setPage.sentenceBox('4.1')).toHaveCount(0);
  const card = setPage.question('cite-no-breakthrough');
  await expect(card).toContainText('Your 2 sentences:');
  await expect(card).toContainText(`paragraph 4, sentence 1${TEXT['4.1']}`);

  // A superset (the right sentence and the one before it), and a paired question with an adjacent sentence for Part B.
  await setPage.cite('cite-dual-use-sales', ['10.3', '10.4']);
  await setPage.choose('why-russia-still-matters', 'Russia supplies China with energy and military technology.');
  await setPage.cite('why-russia-still-matters', ['7.1'], 'cite');
  await setPage.choose('claim-zelenskyy-talked-with-xi', 'True');
  await setPage.cite('claim-zelenskyy-talked-with-xi', ['16.1', '3.2'], 'cite');
  await expect(setPage.progress()).toHaveText('Answered 4 of 42');

  const scored = page.waitForRequest((request) => new URL(request.url()).pathname === '/api/sets/xi-jinping-in-russia/score');
  await setPage.submit({ anyway: true });
  expect((await scored).postDataJSON()).toMatchObject({
    answers: { 'cite-no-breakthrough': ['4.1', '4.2'], 'cite-dual-use-sales': ['10.3', '10.4'] },
    citations: { 'why-russia-still-matters': ['7.1'], 'claim-zelenskyy-talked-with-xi': ['3.2', '16.1'] },
  });
  // 1 (both right sentences) + 0.5 (one extra) + 1 + 0.5 (Part B: the neighbour of the right one) + 0 + 2 (Part B right) = 5.
  await expect(setPage.score()).toHaveText('Your score: 5 of 45 (11%)');

  await expect(setPage.feedback('cite-no-breakthrough')).toContainText('Correct (1 of 1 point)');
  await expect(setPage.feedback('cite-dual-use-sales')).toContainText('Partly right (0.5 of 1 point)');
  await expect(setPage.feedback('cite-dual-use-sales')).toContainText(`Right sentences:paragraph 10, sentence 4${TEXT['10.4']}`);
  const paired = setPage.feedback('why-russia-still-matters');
  await expect(paired).toContainText('Partly right (1.5 of 2 points)');
  await expect(paired.getByTestId('feedback-a')).toHaveText('Part A: Correct (1 of 1 point)');
  await expect(paired.getByTestId('feedback-b')).toHaveText(`Part B: Partly right (0.5 of 1 point)Right sentences:paragraph 7, sentence 2${TEXT['7.2']}`);
  const claim = setPage.feedback('claim-zelenskyy-talked-with-xi');
  await expect(claim).toContainText('Partly right (2 of 3 points)');
  await expect(claim.getByTestId('feedback-a')).toHaveText('Part A: Not right (0 of 1 point)Right answer:False');
  await expect(claim.getByTestId('feedback-b')).toHaveText('Part B: Correct (2 of 2 points)');
  // Answers are locked once scored: no way back into the article.
  await expect(setPage.citeButton('cite-dual-use-sales')).toHaveCount(0);

  // The evidence link now shows the right sentence in the article.
  await setPage.feedback('cite-dual-use-sales').getByRole('button', { name: 'Show the evidence in paragraph 10' }).click();
  await expect(page.locator('#p-10')).toBeFocused();
  expect(await page.evaluate(() => [...(CSS.highlights.get('evidence') ?? [])].map((range) => range.toString()))).toEqual([TEXT['10.4']]);
});

test('citing with the keyboard alone: Tab to a sentence, Space selects and unselects it, Escape goes back', async ({ setPage, page }) => {
  await setPage.goto();
  await tabInto(page, '#cite-cite-dual-use-sales-answer', 200);
  await page.keyboard.press('Enter');
  await expect(page.locator('#cite-bar-title')).toBeFocused();
  await tabInto(page, 'input[data-cite-box="10.4"]');
  await expect(setPage.sentence('10.4')).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Space');
  await expect(setPage.sentenceBox('10.4')).toBeChecked();
  await expect(setPage.citeAnnouncement()).toHaveText('Sentence added: Although China stopped short of supplying arms and ammunition to Russia, customs…, 1 selected');
  await page.keyboard.press('Space');
  await expect(setPage.citeAnnouncement()).toHaveText('Sentence removed: Although China stopped short of supplying arms and ammunition to Russia, customs…, 0 selected');
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(setPage.citeBar()).toBeHidden();
  await expect(setPage.citeButton('cite-dual-use-sales')).toBeFocused();
  await expect(setPage.citeButton('cite-dual-use-sales')).toHaveText('Change the sentences in the article');

  await tabInto(page, '#submit-answers', 200);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // "Submit anyway" takes focus
  await expect(setPage.score()).toHaveText('Your score: 1 of 45 (2%)');
  await expect(setPage.feedback('cite-dual-use-sales')).toContainText('Correct (1 of 1 point)');
});

test('selected sentences are saved: a reload keeps them, and a paired question counts as answered only with both parts', async ({ setPage, page }) => {
  await setPage.goto();
  await setPage.choose('why-russia-still-matters', 'Russia supplies China with energy and military technology.');
  await expect(setPage.progress()).toHaveText('Answered 0 of 42');
  await setPage.cite('why-russia-still-matters', ['7.2'], 'cite');
  await expect(setPage.progress()).toHaveText('Answered 1 of 42');
  await setPage.cite('cite-no-breakthrough', ['4.1', '4.2']);
  await expect(setPage.progress()).toHaveText('Answered 2 of 42');

  await page.reload();
  await setPage.waitForSavedAnswers();
  await expect(setPage.progress()).toHaveText('Answered 2 of 42');
  await expect(setPage.question('why-russia-still-matters')).toContainText(`Your sentence:paragraph 7, sentence 2${TEXT['7.2']}`);
  await setPage.citeButton('cite-no-breakthrough').click();
  await expect(setPage.sentenceBox('4.1')).toBeChecked();
  await expect(setPage.sentenceBox('4.2')).toBeChecked();
  await expect(setPage.sentenceBox('4.3')).toHaveCount(0);
  await expect(setPage.sentenceBox('5.1')).not.toBeChecked();
  await expect(setPage.citeBar().getByTestId('cite-count')).toHaveText('2 sentences selected');

  // Clearing from the question is announced in the article too, and saved.
  await setPage.question('cite-no-breakthrough').getByRole('button', { name: 'Clear the selection' }).click();
  await expect(setPage.citeAnnouncement()).toHaveText('Selection cleared, 0 selected');
  await expect(setPage.sentenceBox('4.1')).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(setPage.progress()).toHaveText('Answered 1 of 42');
  await page.reload();
  await setPage.waitForSavedAnswers();
  await expect(setPage.progress()).toHaveText('Answered 1 of 42');
  await expect(setPage.question('cite-no-breakthrough')).toContainText('No sentence selected yet.');
});
