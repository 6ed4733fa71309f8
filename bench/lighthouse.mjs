/**
 * Lighthouse 12.2.3 (the last release that runs on Node 20), default mobile
 * settings, in the system's headless Chromium: the four category scores of a
 * page, median of several runs.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM_ARGS, findChromium } from '../tests/browser.mjs';

import { CATEGORIES, whyUnscored } from './why-unscored.mjs';

/** The metrics the performance score is made of, as Lighthouse simulates them on a slow phone (ms, and CLS unitless): each one's audit and name. */
export const METRICS = {
  tbt: { audit: 'total-blocking-time', name: 'Total Blocking Time' },
  lcp: { audit: 'largest-contentful-paint', name: 'Largest Contentful Paint' },
  fcp: { audit: 'first-contentful-paint', name: 'First Contentful Paint' },
  speedIndex: { audit: 'speed-index', name: 'Speed Index' },
  cls: { audit: 'cumulative-layout-shift', name: 'Cumulative Layout Shift' },
};

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Each metric's median over the runs.
 * @param {Record<string, number>[]} runs
 * @returns {Record<keyof typeof METRICS, number>}
 */
const metricMedians = (runs) => /** @type {Record<keyof typeof METRICS, number>} */ (Object.fromEntries(Object.keys(METRICS).map((key) => [key, median(runs.map((r) => r[key]))])));

/** The Chromium Lighthouse drives: the system's, headless, with the flags this machine needs. */
export function launchChromium() {
  return chromeLauncher.launch({ chromePath: findChromium()?.executablePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
}

/** How many times a run Lighthouse could not score is run again, as its error message asks. */
const RETRIES = 2;

/**
 * One Lighthouse run of `url` that gave every score, or null when none of
 * 1 + RETRIES tries did. A run Lighthouse cannot score (a trace it failed to
 * record, say) has no score at all; counting it as 0 would pull the median
 * down unseen, so each failed try is told to `unscored` with its reason.
 * @param {string} url
 * @param {number} port
 * @param {(why: string) => void} unscored
 */
async function scoredRun(url, port, unscored) {
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    const why = whyUnscored(lhr);
    if (!why) return lhr;
    unscored(why);
  }
  return null;
}

/**
 * Each page's scores, median of `runs`. The pages take turns, run after run,
 * so a machine that slows down for a while weighs on every page alike
 * rather than on whichever page was being measured then.
 * @param {string[]} urls
 * @param {number} runs
 * @returns {Promise<Array<{ url: string, scores: Record<string, number>, performanceRuns: number[], metrics: Record<keyof typeof METRICS, number>, points: Record<keyof typeof METRICS, number>, failedAudits: string[], unscoredRuns: string[] }>>}
 *   performanceRuns: each run's performance score, in the order measured; metrics: the median of each metric;
 *   points: the median of the points each metric earned towards the performance score (its weight × its score);
 *   unscoredRuns: each try Lighthouse could not score, and why (run again, and left out of the medians)
 */
export async function lighthouseScoresOf(urls, runs = 3) {
  const chrome = await launchChromium();
  const perRun = urls.map(() => /** @type {Record<string, number>[]} */ ([]));
  const metricsPerRun = urls.map(() => /** @type {Record<string, number>[]} */ ([]));
  const pointsPerRun = urls.map(() => /** @type {Record<string, number>[]} */ ([]));
  const failed = urls.map(() => new Set());
  const unscoredRuns = urls.map(() => /** @type {string[]} */ ([]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const [u, url] of urls.entries()) {
        const lhr = await scoredRun(url, chrome.port, (why) => unscoredRuns[u].push(`run ${i + 1}: ${why}`));
        if (!lhr) continue;
        perRun[u].push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(Number(lhr.categories[c]?.score) * 100)])));
        metricsPerRun[u].push(Object.fromEntries(Object.entries(METRICS).map(([key, { audit }]) => [key, lhr.audits[audit]?.numericValue ?? NaN])));
        const weights = Object.fromEntries((lhr.categories.performance?.auditRefs ?? []).map((ref) => [ref.id, ref.weight]));
        pointsPerRun[u].push(Object.fromEntries(Object.entries(METRICS).map(([key, { audit }]) => [key, (weights[audit] ?? 0) * (lhr.audits[audit]?.score ?? 0)])));
        for (const c of CATEGORIES.slice(1)) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failed[u].add(`${c}: ${audit.id}`);
          }
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  return urls.map((url, u) => {
    if (!perRun[u].length) throw new Error(`Lighthouse scored none of its runs of ${url}: ${unscoredRuns[u].join('; ')}`);
    return {
      url,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun[u].map((r) => r[c]))])),
      performanceRuns: perRun[u].map((r) => r.performance),
      metrics: metricMedians(metricsPerRun[u]),
      points: metricMedians(pointsPerRun[u]),
      failedAudits: [...failed[u]],
      unscoredRuns: unscoredRuns[u],
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2] ?? 'http://127.0.0.1:3000/';
  const [scores] = await lighthouseScoresOf([url], Number(process.argv[3] ?? 1));
  console.log(JSON.stringify(scores, null, 2));
}
