/**
 * Takes the README's screenshot of the seed set from a running production server:
 *   npx next start -p 3100 &  node scripts/screenshot.mjs docs/screenshot.png
 */
import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium } from '../tests/browser.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3100';
const [, , out = 'docs/screenshot.png', width = '1280', height = '800', path = '/sets/xi-jinping-in-russia'] = process.argv;
const browser = await chromium.launch({ ...findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(base + path);
await page.locator('[data-hydrated="true"]').or(page.locator('main')).first().waitFor();
await page.screenshot({ path: out });
await browser.close();
