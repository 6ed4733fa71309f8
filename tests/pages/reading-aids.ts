import { expect, type Locator, type Page } from '@playwright/test';

import type { FakeSpeechLog } from '../e2e/support/fake-speech';

/** The reading aids as a student meets them: the "Reading settings" panel in the header and read aloud. */
export class ReadingAids {
  constructor(readonly page: Page) {}

  settingsButton(): Locator {
    return this.page.getByRole('button', { name: 'Reading settings' });
  }

  settings(): Locator {
    return this.page.getByRole('group', { name: 'Reading settings' });
  }

  async openSettings() {
    if ((await this.settingsButton().getAttribute('aria-expanded')) !== 'true') await this.settingsButton().click();
    await expect(this.settings()).toBeVisible();
  }

  /** Chooses e.g. ("Text size", "Largest") in the settings panel. */
  async choose(setting: string, option: string) {
    await this.openSettings();
    await this.settings().getByRole('group', { name: setting }).getByRole('radio', { name: option, exact: true }).check();
  }

  /** The attributes the settings put on <html>. */
  async rootAttributes(): Promise<Record<string, string | null>> {
    return this.page.evaluate(() => Object.fromEntries(['data-text-size', 'data-line-spacing', 'data-theme', 'data-typeface'].map((name) => [name, document.documentElement.getAttribute(name)])));
  }

  /** The computed font size and line height of the first paragraph of the article, in px. */
  async paragraphMetrics(): Promise<{ fontSize: number; lineHeight: number }> {
    return this.page.locator('[data-paragraph]').first().evaluate((p) => {
      const style = getComputedStyle(p);
      return { fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
    });
  }

  async backgroundColour(): Promise<string> {
    return this.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  }

  readAloud(): Locator {
    return this.page.getByRole('group', { name: 'Read the article aloud' });
  }

  readAloudButton(name: 'Read aloud' | 'Pause' | 'Resume' | 'Stop'): Locator {
    return this.readAloud().getByRole('button', { name, exact: true });
  }

  speed(): Locator {
    return this.readAloud().getByRole('combobox', { name: 'Speed' });
  }

  /** The text under the read-aloud highlight. */
  async highlighted(): Promise<string[]> {
    return this.page.evaluate(() => [...(CSS.highlights.get('read-aloud') ?? [])].map((range) => (range as Range).toString()));
  }

  async speech(): Promise<FakeSpeechLog> {
    return this.page.evaluate(() => window.__speech.log);
  }

  /** What was spoken last. */
  async lastSpoken() {
    return this.page.evaluate(() => window.__speech.log.spoken.at(-1) ?? null);
  }

  async boundary(charIndex: number) {
    await this.page.evaluate((i) => window.__speech.boundary(i), charIndex);
  }

  async endUtterance() {
    await this.page.evaluate(() => window.__speech.end());
  }

  /** The text of paragraph `n` of the article, as it is read aloud. */
  async paragraphText(n: number): Promise<string> {
    return this.page.locator(`#p-${n} [data-paragraph-text]`).evaluate((el) => el.textContent ?? '');
  }
}
