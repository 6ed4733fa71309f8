/**
 * Where a page's Total Blocking Time comes from, as Lighthouse simulates it:
 * `node bench/blocking-tasks.mjs <url> [runs]` runs Lighthouse (the settings of
 * `npm run bench`) and lists each main-thread task that blocks in Lighthouse's
 * simulation of a slow phone (Lantern, which keeps its timings after a run),
 * with the time it took on this machine and what it spent that time on, from
 * the trace. For finding what to make faster, not a budget: the figures of
 * record come from `npm run bench`.
 *
 * Compare pages only on servers started at the same moment. A server that had
 * been up for over an hour made its page score 3 to 9 points above the app's
 * in five interleaved comparisons; the same page from a server started beside
 * the app's scored 3 below it.
 */
import lighthouse from 'lighthouse';
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';

import { launchChromium } from './lighthouse.mjs';

const { BLOCKING_TIME_THRESHOLD, calculateTbtImpactForEvent } = Lantern.Metrics.TBTUtils;

/**
 * What a task spent its time on: the longest kinds of trace event inside it.
 * @param {{ childEvents?: Array<{ name: string, dur?: number }> }} node
 */
function contents(node) {
  const byName = new Map();
  for (const event of node.childEvents ?? []) byName.set(event.name, (byName.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(', ');
}

/**
 * @param {string} url
 * @param {number} port a Chromium's debugging port
 */
async function blockingTasks(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const audits = result?.lhr.audits;
  if (!audits) throw new Error(`Lighthouse returned nothing for ${url}`);
  const metric = (id) => Math.round(audits[id]?.numericValue ?? NaN);
  const fcp = metric('first-contentful-paint');
  const tti = metric('interactive');
  console.log(`\n${url}: performance ${Math.round((result.lhr.categories.performance?.score ?? 0) * 100)}, TBT ${metric('total-blocking-time')} ms, FCP ${fcp} ms, LCP ${metric('largest-contentful-paint')} ms, TTI ${tti} ms (simulated)`);
  const timings = Lantern.Simulation.Simulator.allNodeTimings.get('optimisticTotalBlockingTime');
  if (!timings) throw new Error('Lighthouse ran no Total Blocking Time simulation');
  const rows = [];
  for (const [node, timing] of timings) {
    const simulated = timing.endTime - timing.startTime;
    if (node.type !== 'cpu' || simulated < BLOCKING_TIME_THRESHOLD) continue;
    // Between the reported FCP and TTI: Lighthouse averages two simulations with slightly different windows.
    const blocking = calculateTbtImpactForEvent({ start: timing.startTime, end: timing.endTime, duration: simulated }, fcp, tti);
    if (blocking === 0) continue;
    rows.push({ start: timing.startTime, line: `  at ${Math.round(timing.startTime)} ms: ${Math.round(simulated)} simulated, ${Math.round(blocking)} blocking, ${(node.duration / 1000).toFixed(0)} here; ${contents(node)}` });
  }
  for (const { line } of rows.sort((a, b) => a.start - b.start)) console.log(line);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, runs = '1'] = process.argv.slice(2);
  if (!url) throw new Error('usage: node bench/blocking-tasks.mjs <url> [runs]');
  const chrome = await launchChromium();
  try {
    for (let i = 0; i < Number(runs); i++) await blockingTasks(url, chrome.port);
  } finally {
    await chrome.kill();
  }
}
