import { expect, test } from './fixtures';
import { answerSomeRightSomeWrong, EXPECTED_SCORE } from './seed-answers';

const SCORE_LINE = EXPECTED_SCORE.replace('Your score:', 'Score:');

test.describe('results to hand in', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Copy results" puts a plain-text summary of every question on the clipboard', async ({ setPage, page }) => {
    await setPage.goto();
    await answerSomeRightSomeWrong(setPage);
    await setPage.submit({ anyway: true });
    await expect(setPage.score()).toBeVisible();

    await page.getByRole('button', { name: 'Copy results' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const lines = text.split('\n');

    expect(lines[0]).toBe('Close Reader: What China wants from Putin');
    expect(lines[1]).toBe('Set: xi-jinping-in-russia');
    expect(lines[2]).toMatch(/^Article: \S/);
    expect(lines[3]).toMatch(/^Submitted: 20\d\d-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
    expect(lines[4]).toBe(SCORE_LINE);
    expect(lines[5]).toMatch(/^Verification code: \S{5}-\S{5}-\S{5}-\S{5}$/);
    expect(lines.at(-2)).toBe('End of hand-in.');
    // One numbered entry per question, in the page's order.
    const total = await page.locator('section[data-question]').count();
    expect(lines.filter((line) => /^\d+\. /.test(line))).toHaveLength(total);
    expect(text).toContain('   Correct: 1 of 1 point\n   Your answer: MOSCOW\n');
    expect(text).toContain('   Not right: 0 of 1 point\n   Your answer: Vladimir Putin\n   Right answer: Dmitry Peskov\n');
    expect(text).toContain('   Your answer: (none)\n   Right answer: three days\n');
    expect(text).toMatch(/\nFrom the article:\n¶1 “Chinese leader Xi Jinping landed in Moscow/);
  });
});

test('where the browser refuses the clipboard, the results are shown to copy by hand', async ({ setPage, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await setPage.goto();
  await setPage.type('city-xi-landed-in', 'Moscow');
  await setPage.submit({ anyway: true });
  await page.getByRole('button', { name: 'Copy results' }).click();

  const manual = page.getByRole('textbox', { name: /select this text and copy it/ });
  await expect(manual).toBeFocused();
  await expect(manual).toHaveValue(/^Close Reader: What China wants from Putin\n[\s\S]*Your answer: Moscow\n/);
});

test('"Print" prints the results alone, on one page', async ({ setPage, page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset.printed = String(Number(document.documentElement.dataset.printed ?? 0) + 1);
    };
  });
  await setPage.goto();
  await answerSomeRightSomeWrong(setPage);
  await setPage.submit({ anyway: true });
  const report = page.locator('[data-printed-report]');
  await expect(report).toBeHidden();

  await page.getByRole('button', { name: 'Print' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', '1');

  await page.emulateMedia({ media: 'print' });
  await expect(report).toBeVisible();
  await expect(page.locator('main')).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('What China wants from Putin');
  await expect(report).toContainText(SCORE_LINE);
  await expect(report.locator('ol > li')).toHaveCount(await page.locator('section[data-question]').count());
  // The article, collapsed to the passages the feedback cites.
  await expect(report.getByRole('heading', { name: 'From the article' })).toBeVisible();
  await expect(report).toContainText('¶1 “Chinese leader Xi Jinping landed in Moscow');

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
});
