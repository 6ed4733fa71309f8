import { expect, type Locator, type Page } from '@playwright/test';

/** A student's view of one question set: the article beside its questions. */
export class SetPage {
  constructor(readonly page: Page) {}

  async goto(setId = 'xi-jinping-in-russia') {
    await this.page.goto(`/sets/${setId}`);
    await this.waitForSavedAnswers();
  }

  /** Saved answers are read after the first render; wait until they are in. */
  async waitForSavedAnswers() {
    await expect(this.page.getByTestId('quiz-status')).toHaveAttribute('data-hydrated', 'true');
  }

  question(id: string): Locator {
    return this.page.locator(`section[data-question="${id}"]`);
  }

  progress(): Locator {
    return this.page.getByTestId('progress-label');
  }

  async type(id: string, text: string) {
    await this.question(id).getByRole('textbox', { name: 'Your answer' }).fill(text);
  }

  async choose(id: string, option: string) {
    await this.question(id).getByRole('radio', { name: option, exact: true }).check();
  }

  async tick(id: string, options: readonly string[]) {
    for (const option of options) await this.question(id).getByRole('checkbox', { name: option, exact: true }).check();
  }

  async match(id: string, speakers: readonly string[]) {
    for (const [i, speaker] of speakers.entries()) {
      await this.question(id).getByRole('combobox', { name: `Speaker of quote ${i + 1}` }).selectOption(speaker);
    }
  }

  async orderItems(id: string): Promise<string[]> {
    return this.question(id).locator('ol > li > span.flex-1').allTextContents();
  }

  /** Moves items with their "Move up" buttons until they stand in the order given. */
  async arrange(id: string, target: readonly string[]) {
    for (const [position, item] of target.entries()) {
      let at = (await this.orderItems(id)).indexOf(item);
      while (at > position) {
        await this.question(id).getByRole('button', { name: `Move “${item}” up` }).click();
        at--;
      }
    }
    await expect.poll(() => this.orderItems(id)).toEqual([...target]);
  }

  async submit({ anyway = false } = {}) {
    await this.page.getByRole('button', { name: 'Submit answers' }).click();
    if (anyway) await this.page.getByRole('button', { name: 'Submit anyway' }).click();
  }

  score(): Locator {
    return this.page.getByRole('heading', { name: /^Your score:/ });
  }

  feedback(id: string): Locator {
    return this.question(id).getByTestId('feedback');
  }
}
