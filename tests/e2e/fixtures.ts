import { test as base } from '@playwright/test';

import { ReadingAids } from '../pages/reading-aids';
import { SetPage } from '../pages/set-page';

export const test = base.extend<{ setPage: SetPage; readingAids: ReadingAids }>({
  setPage: async ({ page }, provide) => {
    await provide(new SetPage(page));
  },
  readingAids: async ({ page }, provide) => {
    await provide(new ReadingAids(page));
  },
});

export { expect } from '@playwright/test';
