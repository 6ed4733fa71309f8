// @ts-check
/**
 * Interaction to Next Paint on a question set, as a student on a slow phone
 * feels it: headless Chromium with the CPU slowed 4×, answering question
 * after question, each interaction timed by the Event Timing API.
 *   node bench/interaction.mjs --url http://127.0.0.1:3301 --set big-set [--samples 120] [--trace trace.json [--trace-last 3]]
 *
 * Event Timing reports nothing under 16 ms (its smallest durationThreshold),
 * so an interaction without an entry counts as 16 ms: the percentiles are
 * upper bounds, never flattering.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium, NO_BROWSER_HINT } from '../tests/browser.mjs';

/** Event Timing's smallest threshold: faster interactions are not reported. */
const THRESHOLD_MS = 16;
/** The answer controls the benchmark clicks, inside a question. */
const CHOICE = 'input[type="radio"], input[type="checkbox"]';

/**
 * @typedef {object} InteractionResult
 * @property {number} p50 ms, over every interaction performed
 * @property {number} p95 ms
 * @property {number} max ms
 * @property {number[]} durations ms, every interaction's, ascending (those without an entry at 16)
 * @property {number} count interactions performed and measured
 * @property {number} belowThreshold interactions too fast (< 16 ms) for an Event Timing entry
 * @property {number} answered questions the page counts as answered afterwards: proof the clicks landed
 * @property {number} cpuThrottling
 * @property {{ inputDelay: number, handlers: number, rest: number }} medianPhases ms: waiting for the main thread, in event handlers (React, the store), and after them (hit tests, style, layout, paint)
 * @property {Interaction[]} slowest the five slowest, split into the same phases
 */

/**
 * @param {readonly number[]} sorted ascending
 * @param {number} p 0–100
 */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

/** @typedef {{ interactionId: number, name: string, duration: number, startTime: number, processingStart: number, processingEnd: number, question: string }} TimingEntry */
/** @typedef {{ question: string, duration: number, inputDelay: number, handlers: number, rest: number }} Interaction */

/**
 * One row per interaction (pointerdown, pointerup and click share an
 * interactionId). Its duration is its slowest entry's, as INP counts it,
 * split into the wait before that entry's handlers ran, the time in the
 * handlers that ran before its paint (React, the store), and the rest (hit
 * tests, style, layout, paint, presentation).
 * @param {readonly TimingEntry[]} entries
 * @returns {Interaction[]}
 */
function toInteractions(entries) {
  /** @type {Map<number, TimingEntry[]>} */
  const byId = new Map();
  for (const entry of entries) byId.set(entry.interactionId, [...(byId.get(entry.interactionId) ?? []), entry]);
  return [...byId.values()].map((group) => {
    const slowest = group.reduce((a, b) => (b.duration > a.duration ? b : a));
    const end = slowest.startTime + slowest.duration;
    const inputDelay = Math.round(slowest.processingStart - slowest.startTime);
    const before = group.filter((e) => e.processingStart >= slowest.processingStart && e.processingEnd <= end);
    const handlers = Math.round(before.reduce((sum, e) => sum + (e.processingEnd - e.processingStart), 0));
    return { question: slowest.question, duration: slowest.duration, inputDelay, handlers, rest: Math.max(0, slowest.duration - inputDelay - handlers) };
  });
}

/**
 * Runs in the page: records Event Timing entries aimed at an answer control.
 * @param {number} durationThreshold
 */
function observeEventTiming(durationThreshold) {
  /** @type {TimingEntry[]} */
  const entries = [];
  Object.defineProperty(window, '__eventTimings', { value: entries });
  new PerformanceObserver((list) => {
    for (const entry of /** @type {PerformanceEventTiming[]} */ (list.getEntries())) {
      const id = /** @type {{ interactionId?: number }} */ (entry).interactionId ?? 0;
      const target = entry.target instanceof Element ? entry.target : null;
      const control = target?.closest('input, select, textarea, label, button');
      const question = control?.closest('section[data-question]')?.getAttribute('data-question');
      if (id === 0 || !question) continue;
      entries.push({
        interactionId: id,
        name: entry.name,
        duration: entry.duration,
        startTime: entry.startTime,
        processingStart: entry.processingStart,
        processingEnd: entry.processingEnd,
        question,
      });
    }
  }).observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold, buffered: true }));
}

/**
 * Opens a set, slows the CPU, and answers `samples` times (a radio option or
 * a checkbox in question after question, scrolled into view first), then
 * returns the distribution of interaction durations (input to next paint).
 * @param {{ baseUrl: string, setId: string, samples?: number, cpuThrottling?: number, traceFile?: string, traceLast?: number, prepare?: (page: import('@playwright/test').Page) => Promise<void> }} options
 *   traceFile: also record a Chrome trace (open it in DevTools' Performance panel) of the last `traceLast` interactions (3 unless told).
 *   prepare: runs once the quiz has hydrated, before measuring: to try a change (a style, say) without rebuilding.
 * @returns {Promise<InteractionResult>}
 */
export async function measureInteraction({ baseUrl, setId, samples = 120, cpuThrottling = 4, traceFile, traceLast = 3, prepare }) {
  const found = findChromium();
  if (!found) throw new Error(NO_BROWSER_HINT);
  const browser = await chromium.launch({ ...found, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL(`/sets/${setId}`, baseUrl).href, { waitUntil: 'domcontentloaded' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    await page.locator('[data-testid="quiz-status"][data-hydrated="true"]').waitFor({ state: 'attached', timeout: 120_000 });
    if (prepare) await prepare(page);
    await page.evaluate(observeEventTiming, THRESHOLD_MS);

    const controls = page.locator('section[data-question]').locator(CHOICE);
    const groups = await page.locator('section[data-question]').evaluateAll((sections, choice) => sections.map((s) => s.querySelectorAll(choice).length), CHOICE);
    const choiceCount = groups.reduce((sum, n) => sum + n, 0);
    if (choiceCount === 0) throw new Error(`no radio option or checkbox on /sets/${setId}`);

    // One option per question, round after round (a different option each round) until there are enough samples.
    /** @type {number[]} */
    const plan = [];
    for (let round = 0; plan.length < samples; round++) {
      let offset = 0;
      for (const size of groups) {
        if (size > 0 && plan.length < samples) plan.push(offset + ((round + 1) % size));
        offset += size;
      }
    }

    const settle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
    for (const [i, index] of plan.entries()) {
      if (traceFile && i === plan.length - traceLast) await browser.startTracing(page, { path: traceFile, screenshots: false });
      const control = controls.nth(index);
      // Instantly: the page scrolls smoothly when the student has not asked for reduced motion.
      await control.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
      const box = await control.boundingBox();
      if (!box) throw new Error(`answer control ${index} has no box`);
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      const hit = await control.evaluate((element, [px, py]) => document.elementFromPoint(px ?? 0, py ?? 0) === element, [x, y]);
      if (!hit) throw new Error(`answer control ${index} is covered at (${x}, ${y})`);
      // A real pointer, not locator.click(): Playwright's in-page hit-target checks would run inside the timed events.
      await page.mouse.move(x, y);
      await settle();
      // Held through a frame, as a finger or a mouse button is: the press paints on its own, and the answer is timed from the release.
      await page.mouse.down();
      await settle();
      await page.mouse.up();
      // Let the paint happen and the entry land before the next interaction begins.
      await settle();
    }
    if (traceFile) await browser.stopTracing();
    await page.waitForTimeout(500);
    const answered = Number((await page.getByTestId('progress-label').textContent())?.match(/Answered (\d+)/)?.[1] ?? 0);

    /** @type {TimingEntry[]} */
    const entries = await page.evaluate(() => /** @type {any} */ (window).__eventTimings);
    const interactions = toInteractions(entries);
    const belowThreshold = Math.max(0, plan.length - interactions.length);
    const durations = [...interactions.map((i) => i.duration), ...Array.from({ length: belowThreshold }, () => THRESHOLD_MS)].sort((a, b) => a - b);
    /** @param {'inputDelay' | 'handlers' | 'rest'} phase */
    const median = (phase) => percentile(interactions.map((i) => i[phase]).sort((a, b) => a - b), 50);
    return {
      p50: percentile(durations, 50),
      p95: percentile(durations, 95),
      max: durations.at(-1) ?? 0,
      count: durations.length,
      belowThreshold,
      answered,
      cpuThrottling,
      medianPhases: { inputDelay: median('inputDelay'), handlers: median('handlers'), rest: median('rest') },
      durations,
      slowest: [...interactions].sort((a, b) => b.duration - a.duration).slice(0, 5),
    };
  } finally {
    await browser.close();
  }
}

/** @param {string} name */
const flag = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const baseUrl = flag('url');
  const setId = flag('set');
  if (!baseUrl || !setId) {
    console.error('usage: node bench/interaction.mjs --url http://127.0.0.1:PORT --set <id> [--samples 120] [--cpu 4] [--trace trace.json [--trace-last 3]] [--budget 50]');
    process.exit(2);
  }
  const traceFile = flag('trace');
  if (traceFile) fs.mkdirSync(path.dirname(path.resolve(traceFile)), { recursive: true });
  const result = await measureInteraction({ baseUrl, setId, samples: Number(flag('samples') ?? 120), cpuThrottling: Number(flag('cpu') ?? 4), traceFile, traceLast: Number(flag('trace-last') ?? 3) });
  console.log(JSON.stringify(result, null, 2));
  const budget = Number(flag('budget') ?? 50);
  console.log(`${result.p95 <= budget ? '✓' : '✗'} interaction p95 ${result.p95} ms (budget ${budget} ms), p50 ${result.p50} ms, max ${result.max} ms over ${result.count} interactions at ${result.cpuThrottling}× CPU slowdown`);
  if (result.p95 > budget) process.exitCode = 1;
}
