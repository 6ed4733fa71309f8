// @ts-check
/**
 * Scoring throughput against a floor: autocannon, 20 connections × 10 s on
 * loopback, POSTing one student's session on the seed set (the answers of
 * tests/e2e/seed-answers.ts, as the browser sends them) to the app's scoring
 * route, and the same request to the blank app's no-op route. Both are served
 * by `next start` on this machine; the two take turns, run after run, and the
 * median of each is kept.
 */
import autocannon from 'autocannon';

import { SEED_SET_ID } from './generate-library.mjs';
import { median } from './lighthouse.mjs';

const ORDER_RIGHT = ['Bilateral trade between China and Russia hits a record', 'Beijing proposes a peace plan for Ukraine', 'The International Criminal Court issues an arrest warrant for Putin', 'Xi Jinping lands in Moscow'];

/** Eleven answers, some right, some wrong, some partly right (7.66 points): the request body. */
export const SEED_ANSWERS = JSON.stringify({
  answers: {
    'city-xi-landed-in': '  MOSCOW ',
    'airport-name': 'Vnukovo Airprt',
    'who-said-high-hopes': 'Moritz Rudolf',
    'who-said-exhaustive-explanations': 'Vladimir Putin',
    'match-the-speakers': { 0: 'Xi Jinping', 1: 'Vladimir Putin', 2: 'Andrew Small', 3: 'Oleksiy Danilov' },
    'day-xi-landed': 'monday',
    'record-trade-year': 'in 2022',
    'order-of-events': [ORDER_RIGHT[0], ORDER_RIGHT[2], ORDER_RIGHT[1], ORDER_RIGHT[3]],
    'claim-arms-ammunition': 'false',
    'claim-ceasefire-signed': 'true',
    'china-support-for-russia': ['Filling Russian shelves with goods', 'Financing infrastructure projects', 'Supplying arms and ammunition'],
  },
});

/** @param {string} url @param {number} duration seconds */
async function load(url, duration) {
  const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: SEED_ANSWERS, connections: 20, duration });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/**
 * @param {{ appUrl: string, blankUrl: string, runs: number }} options  two running servers: the app and the blank app
 */
export async function measureThroughput({ appUrl, blankUrl, runs }) {
  const routes = { score: `${appUrl}/api/sets/${SEED_SET_ID}/score`, noop: `${blankUrl}/api/noop` };
  for (const url of Object.values(routes)) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: SEED_ANSWERS });
    if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
    await load(url, 2);
  }
  /** @type {{ score: Awaited<ReturnType<typeof load>>[], noop: Awaited<ReturnType<typeof load>>[] }} */
  const rows = { score: [], noop: [] };
  for (let i = 0; i < runs; i++) {
    rows.score.push(await load(routes.score, 10));
    rows.noop.push(await load(routes.noop, 10));
  }
  const summary = (/** @type {typeof rows.score} */ r) => ({ rps: Math.round(median(r.map((x) => x.rps))), runs: r.map((x) => Math.round(x.rps)), p99: median(r.map((x) => x.p99)), errors: r.reduce((sum, x) => sum + x.errors, 0) });
  const score = summary(rows.score);
  const noop = summary(rows.noop);
  return { routes, score, noop, ratio: score.rps / noop.rps };
}
