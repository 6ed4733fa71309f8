/**
 * Where a page's Total Blocking Time comes from, as Lighthouse simulates it:
 * `node bench/blocking-tasks.mjs <url> [runs]` runs Lighthouse (the settings of
 * `npm run bench`) and lists each main-thread task that blocks in Lighthouse's
 * simulation of a slow phone, with the time it took on this machine and what
 * it spent that time on, from the trace. For finding what to make faster, not
 * a budget: the figures of record come from `npm run bench`. See
 * bench/lantern.mjs for how to compare pages fairly.
 */
import { Lantern, runTool, taskContents } from './lantern.mjs';

const { BLOCKING_TIME_THRESHOLD, calculateTbtImpactForEvent } = Lantern.Metrics.TBTUtils;

/** @param {import('./lantern.mjs').SimulatedLoad} load */
function showBlockingTasks(load) {
  const { url, score, tbt, fcp, lcp, tti } = load;
  console.log(`\n${url}: performance ${score}, TBT ${tbt} ms, FCP ${fcp} ms, LCP ${lcp} ms, TTI ${tti} ms (simulated)`);
  const rows = [];
  for (const [node, timing] of load.timings('optimisticTotalBlockingTime')) {
    const simulated = timing.endTime - timing.startTime;
    if (node.type !== 'cpu' || simulated < BLOCKING_TIME_THRESHOLD) continue;
    // Between the reported FCP and TTI: Lighthouse averages two simulations with slightly different windows.
    const blocking = calculateTbtImpactForEvent({ start: timing.startTime, end: timing.endTime, duration: simulated }, fcp, tti);
    if (blocking === 0) continue;
    rows.push({ start: timing.startTime, line: `  at ${Math.round(timing.startTime)} ms: ${Math.round(simulated)} simulated, ${Math.round(blocking)} blocking, ${(node.duration / 1000).toFixed(0)} here; ${taskContents(node)}` });
  }
  for (const { line } of rows.sort((a, b) => a.start - b.start)) console.log(line);
}

if (import.meta.url === `file://${process.argv[1]}`) await runTool('blocking-tasks', showBlockingTasks);
