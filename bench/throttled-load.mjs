/**
 * Pages loaded on a really slowed CPU rather than a simulated one:
 * `node bench/throttled-load.mjs <url> [<url> ...] [runs]` opens each page
 * `runs` times (5 unless told), the pages taking turns, each time in a fresh
 * context of the system's Chromium the size of Lighthouse's phone, its CPU
 * slowed 4× as Lighthouse's is (DevTools throttling, the network left as it
 * is), and prints each page's median first contentful paint, largest
 * contentful paint and blocking time, as measured.
 *
 * Lighthouse's score does not run the page slowly: it loads it at full speed
 * and simulates a slow phone from that trace (bench/lcp-path.mjs and
 * bench/blocking-tasks.mjs show how). This is the check on that simulation:
 * the same page, its main thread really four times slower. A diagnostic, not
 * a budget: the figures of record come from `npm run bench`.
 *
 * Blocking time is counted as Lighthouse counts it (each main-thread task's
 * time over 50 ms), from the first contentful paint until QUIET_MS after the
 * page's network went idle.
 */
import { chromium } from '@playwright/test';
import { nonSimulatedSettingsOverrides, screenEmulationMetrics, throttling } from 'lighthouse/core/config/constants.js';

import { CHROMIUM_ARGS, findChromium, NO_BROWSER_HINT } from '../tests/browser.mjs';
import { median } from './lighthouse.mjs';
import { loadTimings } from './load-timings.mjs';

/** Lighthouse's phone: its screen, its CPU slowdown, and how long it waits for a page to go quiet when it throttles for real rather than simulating. */
const PHONE = screenEmulationMetrics.mobile;
const CPU_SLOWDOWN = throttling.mobileSlow4G.cpuSlowdownMultiplier;
const QUIET_MS = nonSimulatedSettingsOverrides.cpuQuietThresholdMs;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'toplevel', 'blink.user_timing'];

/**
 * Loads `url` once in a fresh context with the CPU slowed, tracing it.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function throttledLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height }, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    /** @type {import('./load-timings.mjs').TraceEvent[]} */
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
    // From a blank page, as Lighthouse does: a trace begun on a page that has never navigated can miss the first request.
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(QUIET_MS);
    await cdp.send('Tracing.end');
    await complete;
    return loadTimings(events, url);
  } finally {
    await context.close();
  }
}

/**
 * Each page's median paints and blocking time over `runs` loads, the pages taking turns.
 * @param {string[]} urls
 * @param {number} runs
 */
export async function measureThrottledLoads(urls, runs = 5) {
  const found = findChromium();
  if (!found) throw new Error(NO_BROWSER_HINT);
  const browser = await chromium.launch({ ...found, args: CHROMIUM_ARGS });
  const loads = urls.map(() => /** @type {Array<import('./load-timings.mjs').LoadTimings>} */ ([]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const [u, url] of urls.entries()) loads[u].push(await throttledLoad(browser, url));
    }
  } finally {
    await browser.close();
  }
  return urls.map((url, u) => ({
    url,
    fcp: median(loads[u].map((l) => l.fcp)),
    lcp: median(loads[u].map((l) => l.lcp)),
    tbt: median(loads[u].map((l) => l.tbt)),
    tbtRuns: loads[u].map((l) => Math.round(l.tbt)),
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const urls = args.filter((a) => /^https?:\/\//.test(a));
  const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
  if (urls.length === 0) throw new Error('usage: node bench/throttled-load.mjs <url> [<url> ...] [runs]');
  console.log(`${CPU_SLOWDOWN}× CPU slowdown, phone-sized, median of ${runs}:`);
  for (const page of await measureThrottledLoads(urls, runs)) {
    console.log(`${page.url}: FCP ${Math.round(page.fcp)} ms, LCP ${Math.round(page.lcp)} ms, blocking ${Math.round(page.tbt)} ms (run by run ${page.tbtRuns.join(', ')})`);
  }
}
