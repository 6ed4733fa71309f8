/**
 * What a page's load measured, read from its Chrome trace: first and largest
 * contentful paint, and blocking time counted as Lighthouse counts it (each
 * main-thread task's time over 50 ms, from the first contentful paint on).
 * For bench/throttled-load.mjs.
 */

const BLOCKING_MS = 50;

/** @typedef {{ name: string, ts: number, dur?: number, pid: number, tid: number, args?: any }} TraceEvent a trace event (times in µs) */
/** @typedef {{ fcp: number, lcp: number, tbt: number }} LoadTimings ms: the paints from the page's request, and the blocking time */

/**
 * The paints and blocking time of one load of `url`, from a trace of it.
 * @param {TraceEvent[]} events
 * @param {string} url
 * @returns {LoadTimings}
 */
export function loadTimings(events, url) {
  const request = events.find((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url === url);
  if (!request) throw new Error(`the trace holds no request for ${url}`);
  const after = events.filter((e) => e.ts >= request.ts);
  const fcp = after.find((e) => e.name === 'firstContentfulPaint');
  const lcp = after.filter((e) => e.name === 'largestContentfulPaint::Candidate').at(-1);
  const parse = after.find((e) => e.name === 'ParseHTML');
  if (!fcp || !lcp || !parse) throw new Error(`the trace of ${url} holds no first paint`);
  const blocking = after
    .filter((e) => e.name === 'RunTask' && e.pid === parse.pid && e.tid === parse.tid && e.ts >= fcp.ts)
    .map((e) => Math.max(0, (e.dur ?? 0) / 1000 - BLOCKING_MS));
  return {
    fcp: (fcp.ts - request.ts) / 1000,
    lcp: (lcp.ts - request.ts) / 1000,
    tbt: blocking.reduce((sum, over) => sum + over, 0),
  };
}
