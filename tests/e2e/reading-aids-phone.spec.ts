import { seriousViolations } from './support/axe';
import { ENGLISH_VOICES, installFakeSpeech } from './support/fake-speech';
import { expect, test } from './fixtures';

test('on a phone, the reading settings and read aloud fit the screen and work by touch, at the largest text', async ({ setPage, readingAids: aids, page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(installFakeSpeech, { voices: ENGLISH_VOICES });
  await setPage.goto();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  await aids.settingsButton().tap();
  for (const [setting, option] of [
    ['Text size', 'Largest'],
    ['Line spacing', 'Wider'],
    ['Typeface', 'Atkinson Hyperlegible'],
    ['Theme', 'Dark'],
  ] as const) {
    await aids.settings().getByRole('group', { name: setting }).getByRole('radio', { name: option, exact: true }).tap();
  }
  expect(await aids.rootAttributes()).toEqual({ 'data-text-size': 'largest', 'data-line-spacing': 'wider', 'data-theme': 'dark', 'data-typeface': 'legible' });
  const panel = await aids.settings().boundingBox();
  const viewport = page.viewportSize();
  expect(panel && viewport && panel.x >= 0 && panel.x + panel.width <= viewport.width).toBe(true);
  expect(await overflow()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await aids.settingsButton().tap();
  await expect(aids.settings()).toBeHidden();

  await setPage.type('city-xi-landed-in', 'Moscow');
  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toBeVisible();
  expect(await overflow()).toBe(0);

  await page.getByRole('button', { name: 'Read the article' }).tap();
  await expect(aids.readAloudButton('Read aloud')).toBeInViewport();
  await aids.readAloudButton('Read aloud').tap();
  await expect.poll(() => aids.lastSpoken().then((s) => s?.text)).toBe(await aids.paragraphText(1));
  await expect(aids.readAloudButton('Pause')).toBeInViewport();
  expect(await overflow()).toBe(0);
});
