import { ensureBlankBuild, JS_BUDGET_KB, pageJsSize } from '../../bench/js-size.mjs';

import { expect, test } from './fixtures';

test(`the set page sends at most ${JS_BUDGET_KB} KB more JavaScript (gzipped) than a blank Next.js page`, async () => {
  test.setTimeout(180_000);
  const blank = pageJsSize(await ensureBlankBuild(), '/');
  const setPage = pageJsSize('.next', '/sets/xi-jinping-in-russia');
  const extraKb = (setPage.gzip - blank.gzip) / 1024;
  console.log(`JavaScript, gzipped: set page ${(setPage.gzip / 1024).toFixed(1)} KB, blank page ${(blank.gzip / 1024).toFixed(1)} KB, ${extraKb.toFixed(1)} KB more`);
  expect(blank.files).toBeGreaterThan(0);
  expect(extraKb).toBeLessThanOrEqual(JS_BUDGET_KB);
});
