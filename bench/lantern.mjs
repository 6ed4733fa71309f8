/**
 * For the tools that show why a page scores what it does: one Lighthouse run
 * (the settings of `npm run bench`, performance only) and the timings of
 * Lighthouse's own simulation of a slow phone (Lantern keeps every
 * simulation's timings after a run). bench/blocking-tasks.mjs reads the
 * Total Blocking Time simulation, bench/lcp-path.mjs the Largest Contentful
 * Paint one.
 *
 * Compare pages only on servers started at the same moment. A server that had
 * been up for over an hour made its page score 3 to 9 points above the app's
 * in five interleaved comparisons; the same page from a server started beside
 * the app's scored 3 below it.
 */
import lighthouse from 'lighthouse';
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';

import { launchChromium, METRICS } from './lighthouse.mjs';
import { whyUnscored } from './why-unscored.mjs';

export { Lantern };

/** @typedef {Map<any, { startTime: number, endTime: number }>} NodeTimings a simulation's nodes (network requests and main-thread tasks) with their simulated start and end, ms */

/**
 * Loads `url` once under Lighthouse.
 * @param {string} url
 * @param {number} port a Chromium's debugging port
 */
async function simulateLoad(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const audits = result?.lhr.audits;
  if (!audits) throw new Error(`Lighthouse returned nothing for ${url}`);
  const unscored = whyUnscored(result.lhr, ['performance']);
  if (unscored) return { url, unscored };
  /** @param {string} id */
  const simulated = (id) => Math.round(audits[id]?.numericValue ?? NaN);
  const observed = /** @type {Record<string, number>} */ (/** @type {any} */ (audits.metrics?.details)?.items?.[0] ?? {});
  return {
    url,
    // Scored: whyUnscored returned above otherwise.
    score: Math.round(Number(result.lhr.categories.performance?.score) * 100),
    fcp: simulated(METRICS.fcp.audit),
    lcp: simulated(METRICS.lcp.audit),
    tbt: simulated(METRICS.tbt.audit),
    // Not part of the score, but the end of the window Total Blocking Time is counted in.
    tti: simulated('interactive'),
    observedFcp: Math.round(observed.observedFirstContentfulPaint ?? NaN),
    observedLcp: Math.round(observed.observedLargestContentfulPaint ?? NaN),
    /**
     * One simulation's timings, e.g. 'optimisticTotalBlockingTime': read them before the next load replaces them.
     * @param {string} name
     * @returns {NodeTimings}
     */
    timings(name) {
      const found = Lantern.Simulation.Simulator.allNodeTimings.get(name);
      if (!found) throw new Error(`Lighthouse ran no ${name} simulation`);
      return found;
    },
  };
}

/** @typedef {Exclude<Awaited<ReturnType<typeof simulateLoad>>, { unscored: string }>} SimulatedLoad */

/**
 * What a main-thread task spent its time on: the longest kinds of trace event inside it, ms as measured here.
 * @param {{ childEvents?: Array<{ name: string, dur?: number }> }} node
 */
export function taskContents(node) {
  const byName = new Map();
  for (const event of node.childEvents ?? []) byName.set(event.name, (byName.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(', ');
}

/**
 * The command line of a diagnostic tool: `node bench/<tool>.mjs <url> [runs]`
 * loads the page `runs` times and hands each load to `show`.
 * @param {string} tool the script's name, for its usage line
 * @param {(load: SimulatedLoad) => void} show
 */
export async function runTool(tool, show) {
  const [url, runs = '1'] = process.argv.slice(2);
  if (!url) throw new Error(`usage: node bench/${tool}.mjs <url> [runs]`);
  const chrome = await launchChromium();
  try {
    for (let i = 0; i < Number(runs); i++) {
      const load = await simulateLoad(url, chrome.port);
      if ('unscored' in load) console.log(`\n${url}: Lighthouse could not score this run: ${load.unscored}`);
      else show(load);
    }
  } finally {
    await chrome.kill();
  }
}
