/**
 * `npm run bench`: every figure of docs' performance budgets, measured now,
 * against a blank Next.js page built from the same versions in the same run.
 * Prints the results and writes them to bench/RESULTS.md.
 *   --quick   one run of each instead of the median of several (for trying it out)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { BIG_SET_ID, writeBigSet } from './generate-big-set.mjs';
import { measureInteraction } from './interaction.mjs';
import { JS_BUDGET_KB, pageJsSize } from './js-size.mjs';
import { lighthouseScoresOf, METRICS } from './lighthouse.mjs';
import { formatScaleTable, measureScale } from './scale.mjs';
import { keepRepoClean } from './scale/keep-repo-clean.mjs';
import { startServer } from './servers.mjs';
import { measureThroughput } from './throughput.mjs';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;
// Lighthouse scores and throughput move more from run to run than the rest: more runs for their medians.
const NOISY_RUNS = quick ? 1 : 5;
const NEXT = path.resolve('node_modules/next/dist/bin/next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const log = (line) => console.error(`bench: ${line}`);
const met = (ok) => (ok ? 'met' : '**MISSED**');

function build(dir = '.', extraEnv = {}) {
  execFileSync(process.execPath, [NEXT, 'build', dir], { stdio: 'ignore', env: { ...env, ...extraEnv } });
}

function machine() {
  const cpus = os.cpus();
  let chromium = 'unknown';
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // no system Chromium
  }
  return `${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, ${chromium}`;
}

const sections = [];

log('building the app and the blank baseline (fresh builds, nothing cached)');
execFileSync(process.execPath, ['scripts/run-script.mjs', 'content-check'], { stdio: 'ignore', env });
build('.');
build('bench/blank');

// 1 and 2: Lighthouse and JavaScript size.
const app = await startServer({ port: 3601 });
const blank = await startServer({ dir: 'bench/blank', port: 3602 });
try {
  log('Lighthouse');
  const pages = [
    ['blank page (baseline, served with the app’s headers)', `${blank.url}/`],
    ['library `/`', `${app.url}/`],
    ['seed set page', `${app.url}/sets/xi-jinping-in-russia`],
  ];
  const measured = await lighthouseScoresOf(pages.map(([, url]) => url), NOISY_RUNS);
  const scores = measured.map((m, i) => ({ label: pages[i][0], ...m }));
  const base = scores[0].scores.performance;
  const setScores = scores[2].scores;
  const rows = scores.map((s) => `| ${s.label} | ${s.scores.performance} | ${s.scores.accessibility} | ${s.scores['best-practices']} | ${s.scores.seo} |`);
  const ms = (value) => Math.round(value).toLocaleString('en');
  const metricRows = scores.map((s) => `| ${s.label} | ${s.performanceRuns.join(', ')} | ${ms(s.metrics.fcp)} | ${ms(s.metrics.lcp)} | ${ms(s.metrics.tbt)} | ${ms(s.metrics.speedIndex)} | ${s.metrics.cls.toFixed(3)} |`);
  const pointsBehind = Object.entries(METRICS)
    .map(([key, { name }]) => ({ name, points: scores[0].points[key] - scores[2].points[key] }))
    .sort((a, b) => b.points - a.points)
    .map(({ name, points }) => `${name} ${points.toFixed(1)}`);
  const failing = scores.slice(1).flatMap((s) => s.failedAudits.map((a) => `${s.label}: ${a}`));
  const unscored = scores.flatMap((s) => s.unscoredRuns.map((r) => `${s.label}, ${r}`));
  sections.push(
    `## 1. Lighthouse 12.2.3, mobile, median of ${NOISY_RUNS} (the pages taking turns)\n\n| page | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n\n` +
      `Where the performance score comes from: each run's score, and the median of each metric it is made of, as Lighthouse simulates them on a slow phone (4× CPU slowdown, 1.6 Mbps, 150 ms round trips).\n\n| page | performance, run by run | FCP ms | LCP ms | TBT ms | Speed Index ms | CLS |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n${metricRows.join('\n')}\n\n` +
      `Points the set page's score is behind the blank page's, by metric (medians of each metric's weight × score): ${pointsBehind.join(', ')}.\n\n` +
      `- Set page performance ${setScores.performance} against the blank page's ${base} − 2 = ${base - 2}: ${met(setScores.performance >= base - 2)}\n` +
      `- Accessibility, best practices and SEO 100 on both pages: ${met(scores.slice(1).every((s) => s.scores.accessibility === 100 && s.scores['best-practices'] === 100 && s.scores.seo === 100))}` +
      (failing.length ? `\n- Audits not passed: ${failing.join('; ')}` : '') +
      (unscored.length ? `\n- Runs Lighthouse could not score, run again and left out of the medians: ${unscored.join('; ')}` : ''),
  );

  log('JavaScript size');
  const js = { blank: pageJsSize('bench/blank/.next', '/'), set: pageJsSize('.next', '/sets/xi-jinping-in-russia'), library: pageJsSize('.next', '/') };
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const extra = (js.set.gzip - js.blank.gzip) / 1024;
  sections.push(
    `## 2. JavaScript sent to the browser, gzipped\n\n| page | scripts | gzipped KB | raw KB | more than blank |\n| --- | --- | --- | --- | --- |\n` +
      `| blank page (baseline) | ${js.blank.files} | ${kb(js.blank.gzip)} | ${kb(js.blank.raw)} | — |\n` +
      `| library \`/\` | ${js.library.files} | ${kb(js.library.gzip)} | ${kb(js.library.raw)} | ${kb(js.library.gzip - js.blank.gzip)} KB |\n` +
      `| seed set page | ${js.set.files} | ${kb(js.set.gzip)} | ${kb(js.set.raw)} | ${kb(js.set.gzip - js.blank.gzip)} KB |\n\n` +
      `- At most ${JS_BUDGET_KB} KB more than the blank page: ${met(extra <= JS_BUDGET_KB)} (${extra.toFixed(1)} KB); also enforced by tests/e2e/js-budget.spec.ts`,
  );

  // 3: scoring throughput.
  log('scoring throughput');
  const t = await measureThroughput(app.url, NOISY_RUNS);
  sections.push(
    `## 3. Scoring throughput, autocannon, 20 connections × 10 s, median of ${NOISY_RUNS} (the routes taking turns)\n\n| route | req/s | p50 ms | p99 ms | errors |\n| --- | --- | --- | --- | --- |\n` +
      `| no-op route \`POST /api/health\` (baseline) | ${t.noop.rps} | ${t.noop.p50} | ${t.noop.p99} | ${t.noop.errors} |\n` +
      `| \`POST /api/score?set=xi-jinping-in-russia\` | ${t.score.rps} | ${t.score.p50} | ${t.score.p99} | ${t.score.errors} |\n\n` +
      `- At least 0.8 of the no-op's throughput: ${met(t.ratio >= 0.8)} (${t.ratio.toFixed(2)})`,
  );
} finally {
  app.stop();
  blank.stop();
}

// 4: interaction on a generated 200-question set.
log('interaction on a 200-question set');
const uiDir = fs.mkdtempSync(path.join(os.tmpdir(), 'close-reader-big-set-'));
try {
  writeBigSet(uiDir, { questions: 200 });
  const result = await keepRepoClean(process.cwd(), '.next-bench-ui', async () => {
    build('.', { CONTENT_ROOT: uiDir, NEXT_DIST_DIR: '.next-bench-ui' });
    const server = await startServer({ port: 3603, env: { CONTENT_ROOT: uiDir, NEXT_DIST_DIR: '.next-bench-ui' } });
    try {
      return await measureInteraction({ baseUrl: server.url, setId: BIG_SET_ID, samples: quick ? 60 : 150, cpuThrottling: 4 });
    } finally {
      server.stop();
    }
  });
  sections.push(
    `## 4. Interaction, 200-question set, Chromium with 4× CPU throttling\n\nChoosing an answer to the next paint (Event Timing API), ${result.count} interactions: p50 ${result.p50} ms, p95 ${result.p95} ms, max ${result.max} ms.\n\n` +
      `- p95 at most 50 ms: ${met(result.p95 <= 50)}\n- Choosing an answer re-renders only that question: proved by tests/e2e/rerender.spec.ts`,
  );
} finally {
  fs.rmSync(uiDir, { recursive: true, force: true });
}

// 5: scale.
log('scale: generated libraries of 10, 100 and 1,000 sets');
const scale = await measureScale({ sizes: [10, 100, 1000], runs: RUNS, log });
sections.push(`## 5. Scale: generated libraries\n\n${formatScaleTable(scale)}`);

const report = `# Benchmark results\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on ${machine()}. Every figure was measured in this run; each is set against a baseline measured in the same run where the budget names one.\n\n${sections.join('\n\n')}\n`;
fs.writeFileSync('bench/RESULTS.md', report);
console.log(report);
