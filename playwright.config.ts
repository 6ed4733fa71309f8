import { generateKeyPairSync } from 'node:crypto';

import { defineConfig, devices } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium, NO_BROWSER_HINT } from './tests/browser.mjs';
import { CLIENT_ID, LTI_PLATFORMS, LTI_PORT, PLATFORM, TOOL } from './tests/e2e/support/lti-env';

const browser = findChromium();
if (!browser) {
  console.error(NO_BROWSER_HINT);
  process.exit(1);
}

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? 3101);
const HEAVY = /(api-load|js-budget|standalone|library-pages)\.spec\.ts/;
const LTI = /lti-.*\.spec\.ts/;

// The tool's LTI key, made once per run: the workers load this file again and inherit the runner's environment,
// so a test that must sign as the tool (an expired session token) signs with the key the server has.
process.env.E2E_LTI_PRIVATE_KEY ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** The production server signs hand-ins with this (tests/e2e/hand-in-verification.spec.ts). */
const E2E_HAND_IN_SECRET = 'close-reader-e2e-hand-in-secret-0123456789';

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // Two cores share a production server, a development server and two browsers.
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { ...browser, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 } }, testIgnore: [/phone\.spec\.ts/, HEAVY, LTI] },
    // Launched from a learning platform on another site, in its frame, with third-party cookies blocked as Chrome blocks them.
    {
      name: 'lti',
      testMatch: LTI,
      // Each test goes through several pages on two servers, in a frame; two cores may be busy with other work.
      timeout: 120_000,
      // The tool's frame moves from the tool's site to the platform's and back: a process swap each way. Now and then
      // (about one launch in 60, one in 15 while tracing) Playwright loses the frame and page.frames() no longer lists
      // it, though the browser shows it. A lost frame fails its test; the retry runs with a fresh launch, traced.
      retries: 2,
      use: {
        ...devices['Desktop Chrome'],
        trace: 'on-first-retry',
        viewport: { width: 1366, height: 900 },
        launchOptions: { ...browser, args: [...CHROMIUM_ARGS, '--test-third-party-cookie-phaseout'] },
      },
    },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /phone\.spec\.ts/ },
    // A load test and a second build would slow every other test down: they run alone, last, one after the other.
    { name: 'load', testMatch: /api-load\.spec\.ts/, dependencies: ['desktop', 'lti', 'phone'] },
    { name: 'builds', testMatch: /(standalone|js-budget|library-pages)\.spec\.ts/, dependencies: ['load'] },
  ],
  webServer: [
    {
      // A production build, as students get it; `npm test` builds first.
      command: `npx next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1', LTI_PLATFORMS: JSON.stringify(LTI_PLATFORMS), LTI_PRIVATE_KEY: process.env.E2E_LTI_PRIVATE_KEY, HAND_IN_SECRET: E2E_HAND_IN_SECRET },
    },
    {
      // Development mode on a copy of the library with a broken set in it.
      command: `node tests/e2e/support/dev-server-with-broken-set.mjs ${DEV_PORT}`,
      url: `http://127.0.0.1:${DEV_PORT}/api/sets/xi-jinping-in-russia`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // A learning platform (tests/e2e/support/lti-platform.mjs) on another site than the tool.
      command: `node tests/e2e/support/lti-platform.mjs ${LTI_PORT} ${TOOL} ${CLIENT_ID}`,
      url: `${PLATFORM}/jwks`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
