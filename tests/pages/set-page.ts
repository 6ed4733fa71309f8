import { expect, type Locator, type Page } from '@playwright/test';

/** A student's view of one question set: the article beside its questions. */
export class SetPage {
  constructor(readonly page: Page) {}

  async goto(setId = 'xi-jinping-in-russia') {
    await this.page.goto(`/sets/${setId}`);
    await this.waitForSavedAnswers();
  }

  /**
   * Saved answers are read after the first render; wait until they are in, and
   * every list is in the student's order. A
   * development build of the page has taken over 5 s to hydrate on two busy
   * cores, so this waits up to 30.
   */
  async waitForSavedAnswers() {
    await expect(this.page.getByTestId('quiz-status')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
    // Then each question's lists take the student's own order, one question a frame.
    await expect(this.page.locator('[data-arranging]')).toHaveCount(0, { timeout: 30_000 });
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

  /** The list a matching's row offers: the row that shows the item (a quotation, or any other item), wherever it stands. */
  matchFor(id: string, item: string): Locator {
    return this.question(id).getByRole('listitem').filter({ hasText: item }).getByRole('combobox');
  }

  /** Chooses, for each item of a matching (a few words of it are enough), its match. */
  async match(id: string, pairs: Readonly<Record<string, string>>) {
    for (const [item, match] of Object.entries(pairs)) await this.matchFor(id, item).selectOption(match);
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

  /** The button in a question that starts selecting sentences: for its answer, or for Part B. */
  citeButton(id: string, part: 'answer' | 'cite' = 'answer'): Locator {
    return this.page.locator(`#cite-${id}-${part}`);
  }

  /** The instructions, count and Done button at the top of the article while citing. */
  citeBar(): Locator {
    return this.page.getByTestId('cite-bar');
  }

  /** What a screen reader hears about the last change to the selection. */
  citeAnnouncement(): Locator {
    return this.page.getByTestId('cite-announcement');
  }

  /** A sentence of the article, by id ("4.1" is paragraph 4, sentence 1). */
  sentence(id: string): Locator {
    return this.page.locator(`#s-${id.replace('.', '-')}`);
  }

  /** A sentence's checkbox, there while citing. */
  sentenceBox(id: string): Locator {
    return this.page.locator(`input[data-cite-box="${id}"]`);
  }

  /** Selects sentences in the article with the mouse, for a question's answer or its Part B, then goes back to the question. */
  async cite(id: string, sentences: readonly string[], part: 'answer' | 'cite' = 'answer') {
    await this.citeButton(id, part).click();
    await expect(this.citeBar()).toBeVisible();
    for (const sentence of sentences) {
      await this.sentence(sentence).click();
      await expect(this.sentenceBox(sentence)).toBeChecked();
    }
    await this.citeBar().getByRole('button', { name: 'Done', exact: true }).click();
    await expect(this.citeBar()).toBeHidden();
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
