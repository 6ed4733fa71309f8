// @ts-check
import fs from 'node:fs';

import { chromium } from '@playwright/test';

/** Flags that keep a headless Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Chromium to test with: $CHROMIUM_PATH, else the system's (/usr/bin/chromium),
 * else Playwright's own download; undefined when there is none of them.
 * @returns {{ executablePath?: string } | undefined}
 */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p) => typeof p === 'string' && p !== '');
  const system = candidates.find((p) => fs.existsSync(/** @type {string} */ (p)));
  if (system) return { executablePath: system };
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  return bundled && fs.existsSync(bundled) ? {} : undefined;
}

export const NO_BROWSER_HINT =
  'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH.';
