/**
 * Lighthouse 12.2.3 (the last release that runs on Node 20), default mobile
 * settings, in the system's headless Chromium: the four category scores of a
 * page, median of several runs.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM_ARGS, findChromium } from '../tests/browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * @param {string} url
 * @param {number} runs
 * @returns {Promise<{ url: string, scores: Record<string, number>, failedAudits: string[] }>}
 */
export async function lighthouseScores(url, runs = 3) {
  const chromePath = findChromium()?.executablePath;
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const perRun = [];
  const failed = new Set();
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      perRun.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])));
      for (const c of CATEGORIES.slice(1)) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failed.add(`${c}: ${audit.id}`);
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun.map((r) => r[c]))]));
  return { url, scores, failedAudits: [...failed] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2] ?? 'http://127.0.0.1:3000/';
  console.log(JSON.stringify(await lighthouseScores(url, Number(process.argv[3] ?? 1)), null, 2));
}
