/**
 * What a page's Largest Contentful Paint waits for, as Lighthouse simulates
 * it: `node bench/lcp-path.mjs <url> [runs]` runs Lighthouse (the settings of
 * `npm run bench`) and lists the requests and main-thread tasks its simulation
 * of a slow phone counts before the largest paint, each with its simulated
 * start and end; the simulated LCP is when the last of them ends.
 *
 * Which requests count is decided by what happened on this machine: a request
 * that had finished before the page's largest paint here counts, unless it is
 * a script that only started running after that paint; one still loading at
 * the paint does not. So a page that
 * paints late here, after its scripts have arrived, waits in the simulation
 * for all of its JavaScript to download over a slow connection, and one that
 * paints before its scripts arrive does not. For finding what to make faster,
 * not a budget; see bench/lantern.mjs for how to compare pages fairly.
 */
import { runTool, taskContents } from './lantern.mjs';

/** Tasks shorter than this (simulated ms) are left out of the list, though they count. */
const SHORTEST_TASK_SHOWN = 20;

/** @param {import('./lantern.mjs').SimulatedLoad} load */
function showLcpPath(load) {
  const { url, score, lcp, observedFcp, observedLcp } = load;
  const end = (/** @type {import('./lantern.mjs').NodeTimings} */ timings) => Math.round(Math.max(...[...timings.values()].map((t) => t.endTime)));
  const optimistic = load.timings('optimisticLargestContentfulPaint');
  const pessimistic = load.timings('pessimisticLargestContentfulPaint');
  console.log(`\n${url}: performance ${score}, LCP ${lcp} ms simulated (the mean of an optimistic ${end(optimistic)} and a pessimistic ${end(pessimistic)}); here FCP ${observedFcp} ms, LCP ${observedLcp} ms`);
  // The pessimistic estimate waits for everything the optimistic one does, and for every layout before the paint.
  const inOptimistic = new Set([...optimistic.keys()].map((node) => node.id));
  const nodes = [...pessimistic].sort((a, b) => a[1].startTime - b[1].startTime);
  for (const [node, { startTime, endTime }] of nodes) {
    const span = `${String(Math.round(startTime)).padStart(6)} → ${String(Math.round(endTime)).padStart(5)} ms${inOptimistic.has(node.id) ? '' : ' (pessimistic only)'}`;
    if (node.type === 'network') console.log(`  ${span}  ${node.request.url} (${(node.request.transferSize / 1024).toFixed(1)} KB)`);
    else if (endTime - startTime >= SHORTEST_TASK_SHOWN) console.log(`  ${span}  task, ${(node.duration / 1000).toFixed(0)} ms here; ${taskContents(node)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runTool('lcp-path', showLcpPath);
