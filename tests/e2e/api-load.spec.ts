import autocannon from 'autocannon';

import { expect, test } from './fixtures';

test('50 connections scoring for 10 seconds: every response a 2xx, no errors', async ({ baseURL }, testInfo) => {
  test.setTimeout(60_000);
  const body = JSON.stringify({ answers: { 'city-xi-landed-in': 'Moscow', 'order-of-events': null, 'match-the-speakers': { '0': 'Xi Jinping' } } });
  const result = await autocannon({
    url: `${baseURL}/api/sets/xi-jinping-in-russia/score`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: 50,
    duration: 10,
  });
  const summary = `scoring under load: ${Math.round(result.requests.average)} req/s on average, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.requests.total} requests, ${result.errors} errors, ${result.non2xx} non-2xx`;
  console.log(summary);
  await testInfo.attach('load', { body: JSON.stringify(result, null, 2), contentType: 'application/json' });
  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result.non2xx).toBe(0);
  expect(result.requests.total).toBeGreaterThan(500);
});
