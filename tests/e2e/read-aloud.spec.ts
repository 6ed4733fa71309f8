import { ENGLISH_VOICES, installFakeSpeech } from './support/fake-speech';
import { expect, test } from './fixtures';

const P3_SECOND_SENTENCE = 'The visit is also expected to be followed by a virtual call with Ukrainian President Volodymyr Zelenskyy, in their first conversation since the conflict started.';

test.describe('with voices', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(installFakeSpeech, { voices: ENGLISH_VOICES });
  });

  test('reads the article paragraph by paragraph, highlighting the sentence being read; pause, resume and stop', async ({ setPage, readingAids: aids }) => {
    await setPage.goto();
    await aids.readAloudButton('Read aloud').click();

    const [p1, p2, p3] = [await aids.paragraphText(1), await aids.paragraphText(2), await aids.paragraphText(3)];
    await expect.poll(() => aids.lastSpoken()).toEqual({ text: p1, rate: 1, lang: 'en', voice: 'Fake English' });
    expect(await aids.highlighted()).toEqual([p1]);
    await expect(aids.readAloudButton('Pause')).toBeVisible();

    await aids.endUtterance();
    await expect.poll(() => aids.lastSpoken().then((s) => s?.text)).toBe(p2);
    expect(await aids.highlighted()).toEqual([p2]);

    await aids.endUtterance();
    await expect.poll(() => aids.lastSpoken().then((s) => s?.text)).toBe(p3);
    expect(await aids.highlighted()).toEqual(['The three-day visit came after Beijing proposed a peace plan last month, the first indication that China is seeking to take an active role in mediating the war in Ukraine.']);
    // The voice reaches the second sentence: the highlight moves with it.
    await aids.boundary(p3.indexOf('The visit is also'));
    await expect.poll(() => aids.highlighted()).toEqual([P3_SECOND_SENTENCE]);
    await expect(aids.page.locator('#p-3')).toBeInViewport();

    // Pause silences the voice and keeps the place; resume reads on from the start of that sentence.
    const cancelsBefore = (await aids.speech()).cancels;
    await aids.readAloudButton('Pause').click();
    await expect(aids.readAloudButton('Resume')).toBeVisible();
    expect((await aids.speech()).cancels).toBeGreaterThan(cancelsBefore);
    expect(await aids.highlighted()).toEqual([P3_SECOND_SENTENCE]);
    const spokenWhilePaused = (await aids.speech()).spoken.length;
    await aids.readAloudButton('Resume').click();
    await expect.poll(() => aids.lastSpoken().then((s) => s?.text)).toBe(P3_SECOND_SENTENCE);
    expect((await aids.speech()).spoken).toHaveLength(spokenWhilePaused + 1);

    // Stop clears the highlight and starts again from the top next time.
    await aids.readAloudButton('Stop').click();
    await expect(aids.readAloudButton('Read aloud')).toBeFocused();
    await expect(aids.readAloudButton('Stop')).toHaveCount(0);
    expect(await aids.highlighted()).toEqual([]);
    await aids.readAloudButton('Read aloud').click();
    await expect.poll(() => aids.lastSpoken().then((s) => s?.text)).toBe(p1);
  });

  test('a new speed applies at once, from the sentence being read, and is remembered', async ({ setPage, readingAids: aids, page }) => {
    await setPage.goto();
    await expect(aids.speed()).toHaveValue('1');
    await aids.readAloudButton('Read aloud').click();
    await aids.endUtterance();
    await aids.endUtterance();
    const p3 = await aids.paragraphText(3);
    await aids.boundary(p3.indexOf('The visit is also') + 10);

    await aids.speed().selectOption('1.5');
    await expect.poll(() => aids.lastSpoken()).toMatchObject({ text: P3_SECOND_SENTENCE, rate: 1.5 });
    await expect(aids.readAloudButton('Pause')).toBeVisible();

    await page.reload();
    await setPage.waitForSavedAnswers();
    await expect(aids.speed()).toHaveValue('1.5');
    await aids.readAloudButton('Read aloud').click();
    await expect.poll(() => aids.lastSpoken()).toMatchObject({ text: await aids.paragraphText(1), rate: 1.5 });
  });

  test('read aloud works from the keyboard alone', async ({ setPage, readingAids: aids, page }) => {
    await setPage.goto();
    await aids.readAloudButton('Read aloud').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => aids.lastSpoken().then((s) => s?.text)).toBe(await aids.paragraphText(1));
    await expect(aids.readAloudButton('Pause')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(aids.readAloudButton('Resume')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(aids.readAloudButton('Stop')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(aids.readAloudButton('Read aloud')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(aids.speed()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(aids.speed()).toHaveValue('1.25');
  });

  test('a question is read aloud: its prompt, its quotation or claim, and its choices', async ({ setPage, readingAids: aids }) => {
    await setPage.goto();
    const card = setPage.question('claim-arms-ammunition');
    const number = 21;
    const button = card.getByRole('button', { name: `Read aloud question ${number}` });
    await button.click();
    const prompt = await card.getByRole('heading', { level: 3 }).textContent();
    const claim = await card.locator('blockquote').textContent();
    await expect.poll(() => aids.lastSpoken().then((s) => s?.text)).toBe(`Question ${number}. ${prompt} The claim: ${claim} Choices: True. False. Not stated in the article.`);
    await expect(card.getByRole('button', { name: `Stop reading question ${number}` })).toBeVisible();
    await aids.endUtterance();
    await expect(button).toBeVisible();

    // Reading a question while the article is read pauses the article, which keeps its place.
    await aids.readAloudButton('Read aloud').click();
    await button.click();
    await expect(aids.readAloudButton('Resume')).toBeVisible();
    await card.getByRole('button', { name: `Stop reading question ${number}` }).click();
    await expect(button).toBeVisible();
    await aids.readAloudButton('Resume').click();
    await expect.poll(() => aids.lastSpoken().then((s) => s?.text)).toBe(await aids.paragraphText(1));
  });
});

test('read aloud is hidden entirely while the browser has no voices, and offered once it has', async ({ setPage, readingAids: aids, page }) => {
  await page.addInitScript(installFakeSpeech, { voices: [] });
  await setPage.goto();
  await expect.poll(() => page.evaluate(() => window.__speech.log.voicesAnnounced)).toBe(true);
  await expect(aids.readAloud()).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Read aloud question/ })).toHaveCount(0);

  await page.evaluate((voices) => window.__speech.announce(voices), ENGLISH_VOICES);
  await expect(aids.readAloudButton('Read aloud')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Read aloud question/ })).toHaveCount(await page.locator('section[data-question]').count());
});

test('read aloud is hidden entirely when the browser has no speech synthesis', async ({ setPage, readingAids: aids, page }) => {
  await page.addInitScript(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  });
  await setPage.goto();
  expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
  await expect(aids.readAloud()).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Read aloud question/ })).toHaveCount(0);
});
