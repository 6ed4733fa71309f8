// @ts-check
/**
 * Lighthouse 12.2.3 (the last release that runs on Node 20), default mobile
 * settings, in the system's headless Chromium with the flags the tests use
 * (tests/browser.mjs). The pages take turns, run after run, so a machine that
 * slows down for a while weighs on every page alike.
 *
 * A run Lighthouse cannot score (a trace it failed to record, say) has no
 * score at all: it is tried again, up to TRIES times, and listed with its
 * reason; it is never counted as 0, which would pull a median down unseen.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM_ARGS, findChromium } from '../tests/browser.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TRIES = 3;

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : (/** @type {number} */ (sorted[mid - 1]) + /** @type {number} */ (sorted[mid])) / 2;
}

/**
 * Why a run has no score in some category, or null when it scored them all.
 * @param {import('lighthouse').Result} lhr
 */
function whyUnscored(lhr) {
  if (lhr.runtimeError) return `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
  const unscored = CATEGORIES.filter((c) => typeof lhr.categories[c]?.score !== 'number');
  return unscored.length ? `${unscored.join(', ')} not scored` : null;
}

/**
 * Each page's category scores, run by run and their medians.
 * @param {string[]} urls
 * @param {number} runs
 * @returns {Promise<Array<{ url: string, runs: Record<string, number>[], median: Record<string, number>, unscored: string[], failedAudits: string[] }>>}
 *   unscored: each try Lighthouse could not score, and why; failedAudits: audits that cost accessibility, best practices or SEO points
 */
export async function lighthouseScores(urls, runs) {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium()?.executablePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const pages = urls.map((url) => ({ url, runs: /** @type {Record<string, number>[]} */ ([]), unscored: /** @type {string[]} */ ([]), failedAudits: new Set() }));
  try {
    for (let run = 1; run <= runs; run++) {
      for (const page of pages) {
        for (let attempt = 1; attempt <= TRIES; attempt++) {
          const lhr = (await lighthouse(page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }))?.lhr;
          if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.url}`);
          const why = whyUnscored(lhr);
          if (why) {
            page.unscored.push(`run ${run}: ${why}`);
            continue;
          }
          page.runs.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(Number(lhr.categories[c]?.score) * 100)])));
          for (const c of CATEGORIES.slice(1)) {
            for (const ref of lhr.categories[c]?.auditRefs ?? []) {
              const score = lhr.audits[ref.id]?.score;
              if (ref.weight > 0 && typeof score === 'number' && score < 1) page.failedAudits.add(`${c}: ${ref.id}`);
            }
          }
          break;
        }
      }
    }
  } finally {
    chrome.kill();
  }
  return pages.map((page) => {
    if (!page.runs.length) throw new Error(`Lighthouse scored none of its runs of ${page.url}: ${page.unscored.join('; ')}`);
    const medians = Object.fromEntries(CATEGORIES.map((c) => [c, median(page.runs.map((r) => Number(r[c])))]));
    return { ...page, median: medians, failedAudits: [...page.failedAudits] };
  });
}
