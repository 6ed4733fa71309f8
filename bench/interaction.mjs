// @ts-check
/**
 * Choosing an answer to the next paint, as a student on a slow phone feels
 * it: headless Chromium with the CPU slowed 4×, a real pointer pressing a
 * radio option or checkbox in question after question, each interaction timed
 * by the Event Timing API (its duration is that of its slowest event, as INP
 * counts it).
 *
 * Event Timing reports nothing under 16 ms (its smallest durationThreshold),
 * so an interaction without an entry counts as 16 ms: the percentiles are
 * upper bounds, never flattering.
 */
import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium, NO_BROWSER_HINT } from '../tests/browser.mjs';

const THRESHOLD_MS = 16;
const QUESTION = 'section[data-question]';
const CHOICE = 'input[type="radio"], input[type="checkbox"]';

/** @param {number[]} sorted ascending @param {number} p 0–100 */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

/** Runs in the page: keeps, per interaction, the longest Event Timing entry aimed at a question's control. */
function observeEventTiming(/** @type {{ durationThreshold: number, question: string }} */ { durationThreshold, question }) {
  /** @type {Map<number, number>} */
  const longest = new Map();
  Object.defineProperty(window, '__interactions', { value: longest });
  new PerformanceObserver((list) => {
    for (const entry of /** @type {PerformanceEventTiming[]} */ (list.getEntries())) {
      const id = /** @type {{ interactionId?: number }} */ (entry).interactionId ?? 0;
      if (id === 0 || !(entry.target instanceof Element) || !entry.target.closest(question)) continue;
      longest.set(id, Math.max(longest.get(id) ?? 0, entry.duration));
    }
  }).observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold, buffered: true }));
}

/**
 * Opens the set, slows the CPU, and presses `samples` answer controls, one per
 * question in turn (another option each round), each scrolled into view first.
 * @param {{ baseUrl: string, setId: string, samples: number, cpuThrottling?: number }} options
 */
export async function measureInteraction({ baseUrl, setId, samples, cpuThrottling = 4 }) {
  const found = findChromium();
  if (!found) throw new Error(NO_BROWSER_HINT);
  const browser = await chromium.launch({ ...found, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL(`/sets/${setId}`, baseUrl).href, { waitUntil: 'domcontentloaded' });
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    await page.locator('[data-testid="quiz-status"][data-hydrated="true"]').waitFor({ state: 'attached', timeout: 120_000 });
    await page.evaluate(observeEventTiming, { durationThreshold: THRESHOLD_MS, question: QUESTION });

    const groups = await page.locator(QUESTION).evaluateAll((sections, choice) => sections.map((s) => s.querySelectorAll(choice).length), CHOICE);
    if (!groups.some((n) => n > 0)) throw new Error(`no radio option or checkbox on /sets/${setId}`);
    /** @type {number[]} indexes into every control on the page */
    const plan = [];
    for (let round = 1; plan.length < samples; round++) {
      let offset = 0;
      for (const size of groups) {
        if (size > 0 && plan.length < samples) plan.push(offset + (round % size));
        offset += size;
      }
    }

    const controls = page.locator(QUESTION).locator(CHOICE);
    const settle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
    for (const index of plan) {
      const control = controls.nth(index);
      await control.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
      const box = await control.boundingBox();
      if (!box) throw new Error(`answer control ${index} has no box`);
      // A real pointer, not locator.click(), whose checks would run inside the timed events; held
      // through a frame as a finger is, so the press paints on its own and the answer is timed from the release.
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await settle();
      await page.mouse.down();
      await settle();
      await page.mouse.up();
      await settle();
      if (!(await control.isChecked())) throw new Error(`answer control ${index} did not take the click`);
    }
    await page.waitForTimeout(500);

    /** @type {number[]} */
    const measured = await page.evaluate(() => [.../** @type {Map<number, number>} */ (/** @type {any} */ (window).__interactions).values()]);
    const durations = [...measured, ...Array.from({ length: Math.max(0, plan.length - measured.length) }, () => THRESHOLD_MS)].sort((a, b) => a - b);
    return { count: durations.length, p50: percentile(durations, 50), p95: percentile(durations, 95), max: durations.at(-1) ?? 0, cpuThrottling };
  } finally {
    await browser.close();
  }
}
