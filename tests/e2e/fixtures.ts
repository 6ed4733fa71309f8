import { test as base } from '@playwright/test';

import { SetPage } from '../pages/set-page';

export const test = base.extend<{ setPage: SetPage }>({
  setPage: async ({ page }, provide) => {
    await provide(new SetPage(page));
  },
});

export { expect } from '@playwright/test';
