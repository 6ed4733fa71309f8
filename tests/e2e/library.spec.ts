import { expect, test } from './fixtures';

test('the library shows each article once, with every question set written for it', async ({ page }) => {
  await page.goto('/');
  const articles = page.getByRole('list', { name: 'Articles' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(articles).toHaveCount(1);
  const sets = page.getByRole('list', { name: /^Question sets on “Xi Jinping in Russia/ }).getByRole('listitem');
  await expect(sets).toHaveCount(3);
  const main = sets.filter({ hasText: 'What China wants from Putin' });
  const younger = sets.filter({ hasText: 'Xi visits Moscow — first read' });
  await expect(main).toContainText('ForGrades 9–12');
  await expect(main).toContainText('Modetest');
  await expect(younger).toContainText('ForGrades 6–8');
  await expect(younger).toContainText('Modepractice');
  await expect(sets.filter({ hasText: 'Xi in Moscow — graded check' })).toContainText('Modegraded test');
  // All of it fits on one page, so there are no others to go to.
  await expect(page.getByRole('navigation', { name: 'Library pages' })).toHaveCount(0);
});

test('a set’s page says which set it is and links to the other sets on its article', async ({ setPage, page }) => {
  await setPage.goto('xi-jinping-in-russia-practice');
  await expect(page.getByRole('heading', { level: 2, name: 'Xi visits Moscow — first read' })).toBeVisible();
  const others = page.getByRole('navigation', { name: 'Other question sets on this article' });
  await expect(others).toHaveText('Also on this article: Xi in Moscow — graded check (Grades 6–8), What China wants from Putin (Grades 9–12)');

  await others.getByRole('link', { name: 'What China wants from Putin' }).click();
  await expect(page).toHaveURL(/\/sets\/xi-jinping-in-russia$/);
  await expect(page.getByRole('heading', { level: 2, name: 'What China wants from Putin' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Other question sets on this article' })).toHaveText('Also on this article: Xi in Moscow — graded check (Grades 6–8), Xi visits Moscow — first read (Grades 6–8)');
});
