// @ts-check
/**
 * The scale benchmark: for each library size, generate a library in a fresh
 * temporary folder (removed afterwards), then time `content:check` on it
 * (median of `runs`) and a cold `next build` of the app serving it (median of
 * `runs`, but one run from 1,000 sets up: such a build takes minutes), with
 * the build's peak memory. Each size has one article per set (see
 * generate-library.mjs).
 *   node bench/scale.mjs --sizes 10,100 --runs 1 [--no-build] [--seed 1]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { generateLibrary } from './generate-library.mjs';
import { formatScaleTable } from './scale/format-scale-table.mjs';
import { measureBuild } from './scale/measure-build.mjs';
import { measureCheck } from './scale/measure-check.mjs';

export { formatScaleTable };

/**
 * @typedef {object} ScaleResult
 * @property {number} sets
 * @property {number} questions
 * @property {{ wallMs: number, checkerMs: number | null, runs: number, samplesMs: number[] }} check  medians, and every run's wall time
 * @property {{ wallMs: number, perSetMs: number, peakMb: number | null, largestProcessMb: number | null, runs: number, samplesMs: number[], library: import('./scale/measure-build.mjs').LibraryPageSize } | null} build
 */

const REPO = fileURLToPath(new URL('..', import.meta.url));
/** From this many sets up, a build is run once whatever `runs` says. */
const ONE_BUILD_FROM = 1000;

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : (/** @type {number} */ (sorted[mid - 1]) + /** @type {number} */ (sorted[mid])) / 2;
};
/** @param {(number | null)[]} values */
const maxOrNull = (values) => (values.some((v) => v === null) ? null : Math.max(.../** @type {number[]} */ (values)));

/**
 * @param {{ sizes?: number[], runs?: number, build?: boolean, seed?: number, questionsPerSet?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<ScaleResult[]>}
 */
export async function measureScale({ sizes = [10, 100, 1000], runs = 3, build = true, seed = 1, questionsPerSet = 20, log = () => {} } = {}) {
  /** @type {ScaleResult[]} */
  const results = [];
  for (const sets of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `close-reader-scale-${sets}-`));
    try {
      const { questions } = generateLibrary(dir, { sets, questionsPerSet, seed });
      const checks = [];
      for (let i = 0; i < runs; i++) {
        checks.push(await measureCheck(REPO, dir));
        log(`${sets} sets: content:check run ${i + 1}/${runs}: ${Math.round(checks.at(-1)?.wallMs ?? 0)} ms`);
      }
      const builds = [];
      for (let i = 0; build && i < (sets >= ONE_BUILD_FROM ? 1 : runs); i++) {
        builds.push(await measureBuild(REPO, dir, sets));
        log(`${sets} sets: next build run ${i + 1}: ${Math.round(builds.at(-1)?.wallMs ?? 0)} ms`);
      }
      const checkerTimes = checks.map((c) => c.checkerMs);
      const buildMs = builds.length > 0 ? median(builds.map((b) => b.wallMs)) : 0;
      results.push({
        sets,
        questions,
        check: {
          wallMs: median(checks.map((c) => c.wallMs)),
          checkerMs: checkerTimes.includes(null) ? null : median(/** @type {number[]} */ (checkerTimes)),
          runs,
          samplesMs: checks.map((c) => Math.round(c.wallMs)),
        },
        build:
          builds.length > 0
            ? {
                wallMs: buildMs,
                perSetMs: buildMs / sets,
                peakMb: maxOrNull(builds.map((b) => b.peakMb)),
                largestProcessMb: maxOrNull(builds.map((b) => b.largestProcessMb)),
                runs: builds.length,
                samplesMs: builds.map((b) => Math.round(b.wallMs)),
                // The same in every build of one library: the pages are static.
                library: /** @type {import('./scale/measure-build.mjs').BuildMeasure} */ (builds[0]).library,
              }
            : null,
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '10,100,1000' }, runs: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' }, 'no-build': { type: 'boolean', default: false } },
  });
  const load = os.loadavg()[0] ?? 0;
  const results = await measureScale({
    sizes: values.sizes.split(',').map(Number),
    runs: Number(values.runs),
    seed: Number(values.seed),
    build: !values['no-build'],
    log: (line) => console.error(line),
  });
  const builds = values['no-build'] ? 'no builds' : `cold builds: median of ${values.runs} (one from ${ONE_BUILD_FROM.toLocaleString('en-US')} sets up)`;
  console.log(formatScaleTable(results));
  console.log(
    [
      '',
      `content:check: median of ${values.runs} runs, wall time of the command (in parentheses: the time the checker reports); ${builds}.`,
      'Peak memory: the build’s whole process tree, sampled every 100 ms (in parentheses: its largest single process).',
      `${os.cpus().length} CPUs; load average ${load.toFixed(1)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end.`,
    ].join('\n'),
  );
}
