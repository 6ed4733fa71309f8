/**
 * Scoring throughput: the score endpoint against a no-op route handler
 * (/api/health) in the same `next start` server, with autocannon on loopback.
 */
import autocannon from 'autocannon';

const BODY = JSON.stringify({
  answers: {
    'city-xi-landed-in': 'Moscow',
    'airport-name': 'Vnukovo Airprt',
    'order-of-events': null,
    'match-the-speakers': { '0': 'Xi Jinping', '1': 'Andrew Small' },
    'china-support-for-russia': ['Financing infrastructure projects'],
    'record-trade-year': 'in 2022',
  },
});

/** @param {string} url */
async function load(url, { connections = 20, duration = 10 } = {}) {
  const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY, connections, duration });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {string} baseUrl a running production server of the app
 * @param {number} runs    alternating runs of each, the median kept
 */
export async function measureThroughput(baseUrl, runs = 3) {
  const score = `${baseUrl}/api/score?set=xi-jinping-in-russia`;
  const noop = `${baseUrl}/api/health`;
  await load(score, { duration: 2 });
  await load(noop, { duration: 2 });
  const scores = [];
  const noops = [];
  for (let i = 0; i < runs; i++) {
    scores.push(await load(score));
    noops.push(await load(noop));
  }
  const pick = (rows) => ({
    rps: Math.round(median(rows.map((r) => r.rps))),
    p50: median(rows.map((r) => r.p50)),
    p99: median(rows.map((r) => r.p99)),
    errors: rows.reduce((sum, r) => sum + r.errors, 0),
  });
  const s = pick(scores);
  const n = pick(noops);
  return { score: s, noop: n, ratio: s.rps / n.rps };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await measureThroughput(process.argv[2] ?? 'http://127.0.0.1:3000', Number(process.argv[3] ?? 1)));
}
