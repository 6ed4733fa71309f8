// @ts-check
/**
 * `npm run bench`: the performance budgets of issue 24, each measured against
 * a baseline from the same run, written to bench/RESULTS.md. The baseline is
 * a blank Next.js app (bench/blank/) built from the same versions and served
 * with the app's headers; it also holds the no-op route scoring is measured
 * against.
 *   npm run bench                          everything, 10 to 15 minutes on two cores
 *   npm run bench -- --only js,throughput  some parts: lighthouse, js, throughput, interaction, scale
 *   npm run bench -- --quick               one run where there would be several, fewer interactions
 * With --only or --quick the results are printed, and RESULTS.md is left alone.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { findChromium } from '../tests/browser.mjs';

import { BIG_SET_ID, SEED_SET_ID, writeBigSet } from './generate-library.mjs';
import { measureInteraction } from './interaction.mjs';
import { JS_BUDGET_KB, pageJsSize } from './js-size.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { measureScale } from './scale.mjs';
import { compileContent, nextBuild, startServer, withLibraryBuild } from './servers.mjs';
import { measureThroughput } from './throughput.mjs';

const PARTS = ['lighthouse', 'js', 'throughput', 'interaction', 'scale'];
const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const parts = new Set(values.only ? values.only.split(',') : PARTS);
const unknown = [...parts].filter((part) => !PARTS.includes(part));
if (unknown.length) throw new Error(`no part named ${unknown.join(', ')}: the parts are ${PARTS.join(', ')}`);
const quick = values.quick;
/** Runs of the two measurements that move most from run to run, Lighthouse and throughput. */
const RUNS = quick ? 1 : 5;
/** Build time per set is flat when, at 1,000 sets, it is at most this many times what it is at 100. */
const FLAT = 1.5;
const SET_PAGE = `/sets/${SEED_SET_ID}`;

const log = (/** @type {string} */ line) => console.error(`bench: ${line}`);
const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
const seconds = (/** @type {number} */ ms) => (ms / 1000).toFixed(2);
/** @type {string[]} one row per budget: figure, measured, budget, met */
const budgets = [];
const budget = (/** @type {string} */ figure, /** @type {string | number} */ measured, /** @type {string} */ limit, /** @type {boolean} */ met) =>
  budgets.push(`| ${figure} | ${measured} | ${limit} | ${met ? 'met' : '**missed**'} |`);
/** @type {string[]} */
const sections = [];

if (parts.has('lighthouse') || parts.has('js') || parts.has('throughput')) {
  log('building the app and the blank app');
  compileContent('.');
  nextBuild('.');
  nextBuild('bench/blank');
}

if (parts.has('js')) {
  const js = { blank: pageJsSize('bench/blank/.next', '/'), library: pageJsSize('.next', '/'), set: pageJsSize('.next', SET_PAGE) };
  const extra = (js.set.gzip - js.blank.gzip) / 1024;
  budget('Set page JavaScript over the blank page, gzipped', `${extra.toFixed(1)} KB`, `≤ ${JS_BUDGET_KB} KB`, extra <= JS_BUDGET_KB);
  const row = (/** @type {string} */ label, /** @type {{ files: number, raw: number, gzip: number }} */ size) => `| ${label} | ${size.files} | ${kb(size.gzip)} | ${kb(size.raw)} | ${kb(size.gzip - js.blank.gzip)} |`;
  sections.push(
    `## JavaScript sent to the browser\n\nThe scripts each page's HTML loads, each gzipped on its own.\n\n| page | scripts | gzipped KB | raw KB | gzipped KB over blank |\n| --- | ---: | ---: | ---: | ---: |\n` +
      [row('blank page', js.blank), row('library `/`', js.library), row('seed set page', js.set)].join('\n'),
  );
}

if (parts.has('lighthouse') || parts.has('throughput')) {
  const app = await startServer({ port: 3601 });
  const blank = await startServer({ dir: 'bench/blank', port: 3602 });
  try {
    if (parts.has('lighthouse')) {
      log(`Lighthouse, ${RUNS} runs of each page`);
      const labels = ['blank page', 'library `/`', 'seed set page'];
      const pages = await lighthouseScores([`${blank.url}/`, `${app.url}/`, `${app.url}${SET_PAGE}`], RUNS);
      const [base, library, set] = pages.map((p) => p.median);
      const performance = Number(set?.performance);
      const floor = Math.max(90, Number(base?.performance) - 5);
      budget(`Set page Lighthouse performance, median of ${RUNS}`, performance, `≥ 90 and ≥ blank (${base?.performance}) − 5`, performance >= floor);
      const others = ['accessibility', 'best-practices', 'seo'];
      const all100 = [library, set].every((p) => others.every((c) => p?.[c] === 100));
      budget('Accessibility, best practices, SEO of `/` and the set page', [library, set].map((p) => others.map((c) => p?.[c]).join('/')).join(', '), '100 each', all100);
      const rows = pages.map((p, i) => `| ${labels[i]} | ${p.median.performance} | ${p.runs.map((r) => r.performance).join(', ')} | ${p.median.accessibility} | ${p.median['best-practices']} | ${p.median.seo} |`);
      const notes = pages.flatMap((p, i) => [...p.unscored.map((why) => `- ${labels[i]}, not scored, run again: ${why}`), ...(i > 0 ? p.failedAudits.map((a) => `- ${labels[i]}, audit not passed: ${a}`) : [])]);
      sections.push(
        `## Lighthouse 12.2.3, mobile, median of ${RUNS} runs, the pages taking turns\n\n| page | performance | run by run | accessibility | best practices | SEO |\n| --- | ---: | --- | ---: | ---: | ---: |\n${rows.join('\n')}` +
          (notes.length ? `\n\n${notes.join('\n')}` : ''),
      );
    }
    if (parts.has('throughput')) {
      log(`scoring throughput, ${RUNS} runs of each route`);
      const t = await measureThroughput({ appUrl: app.url, blankUrl: blank.url, runs: RUNS });
      budget('Scoring throughput over the no-op route', t.ratio.toFixed(2), '≥ 0.7, no errors', t.ratio >= 0.7 && t.score.errors + t.noop.errors === 0);
      const row = (/** @type {string} */ label, /** @type {typeof t.score} */ r) => `| ${label} | ${r.rps} | ${r.runs.join(', ')} | ${r.p99} | ${r.errors} |`;
      sections.push(
        `## Scoring throughput: autocannon, 20 connections × 10 s, median of ${RUNS} runs, the routes taking turns\n\nBoth POST the same body: eleven answers to the seed set, as a student's browser sends them.\n\n| route | req/s | run by run | p99 ms | errors |\n| --- | ---: | --- | ---: | ---: |\n` +
          [row(`blank app's no-op \`POST /api/noop\``, t.noop), row(`\`POST /api/sets/${SEED_SET_ID}/score\``, t.score)].join('\n'),
      );
    }
  } finally {
    app.stop();
    blank.stop();
  }
}

if (parts.has('interaction')) {
  log('answer to next paint on a 200-question set');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'close-reader-big-set-'));
  try {
    writeBigSet(dir, { questions: 200 });
    compileContent(dir);
    const r = await withLibraryBuild(dir, '.next-bench-ui', async ({ env }) => {
      const server = await startServer({ port: 3603, env });
      try {
        return await measureInteraction({ baseUrl: server.url, setId: BIG_SET_ID, samples: quick ? 60 : 150, cpuThrottling: 4 });
      } finally {
        server.stop();
      }
    });
    budget('200-question set, answer → next paint p95, 4× CPU slowdown', `${r.p95} ms`, '≤ 50 ms', r.p95 <= 50);
    sections.push(`## Answer → next paint, 200-question set, 4× CPU slowdown\n\nEvent Timing over ${r.count} answers (one under 16 ms, which it does not report, counts as 16 ms): p50 ${r.p50} ms, p95 ${r.p95} ms, max ${r.max} ms.`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (parts.has('scale')) {
  log('scale: generated libraries of 100 and 1,000 sets');
  const results = await measureScale({ sizes: [100, 1000], runs: quick ? 1 : 3, log });
  const [small, large] = results;
  if (small && large) {
    budget('content:check of 1,000 sets (median)', `${seconds(large.checkMs)} s`, '< 10 s', large.checkMs < 10_000);
    const ratio = large.perSetMs / small.perSetMs;
    budget('next build time per set, 1,000 sets over 100', `${ratio.toFixed(2)}×`, `≤ ${FLAT}× (flat)`, ratio <= FLAT);
  }
  const rows = results.map((r) => `| ${r.sets.toLocaleString('en')} | ${r.questions.toLocaleString('en')} | ${seconds(r.checkMs)} | ${r.checkRunsMs.map(seconds).join(', ')} | ${seconds(r.buildMs)} | ${Math.round(r.perSetMs)} |`);
  const marginal = small && large ? `\n\nEach set past the 100th adds ${Math.round((large.buildMs - small.buildMs) / (large.sets - small.sets))} ms to the build.` : '';
  sections.push(
    `## Scale: generated libraries, 20 questions a set, a set per article\n\n| sets | questions | content:check s (median) | run by run | next build s | build per set ms |\n| ---: | ---: | ---: | --- | ---: | ---: |\n${rows.join('\n')}${marginal}`,
  );
}

function machine() {
  const cpus = os.cpus();
  const chromium = findChromium()?.executablePath;
  const browser = chromium ? execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim() : 'Playwright’s Chromium';
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  return `commit ${commit}, on ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, ${browser}`;
}

const report = [
  '# Benchmark results',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, ${machine()}. Every figure is from this run, set against a baseline from the same run: the blank Next.js app of bench/blank/, built from the same versions and served with the same headers.`,
  `## Budgets\n\n| figure | measured | budget | |\n| --- | --- | --- | --- |\n${budgets.join('\n')}`,
  ...sections,
].join('\n\n');
if (!values.only && !quick) fs.writeFileSync('bench/RESULTS.md', `${report}\n`);
console.log(report);
