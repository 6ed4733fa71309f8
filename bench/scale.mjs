// @ts-check
/**
 * Scale: for each size, a generated library (20 questions a set, a set per
 * article) in a temporary folder, removed afterwards. `content:check`, which
 * checks and compiles it, is timed `runs` times (median kept); then one cold
 * `next build` of the app serving it. Builds take most of a minute at 1,000
 * sets, so they are run once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { generateLibrary } from './generate-library.mjs';
import { median } from './lighthouse.mjs';
import { compileContent, withLibraryBuild } from './servers.mjs';

/**
 * @param {{ sizes: number[], runs: number, log: (line: string) => void }} options
 * @returns {Promise<Array<{ sets: number, questions: number, checkMs: number, checkRunsMs: number[], buildMs: number, perSetMs: number }>>}
 */
export async function measureScale({ sizes, runs, log }) {
  const results = [];
  for (const sets of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `close-reader-scale-${sets}-`));
    try {
      const { questions } = generateLibrary(dir, { sets });
      const checkRunsMs = Array.from({ length: runs }, () => compileContent(dir));
      log(`${sets} sets: content:check ${checkRunsMs.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
      const buildMs = await withLibraryBuild(dir, '.next-bench', ({ buildMs }) => {
        const pages = fs.readdirSync('.next-bench/server/app/sets').filter((file) => file.endsWith('.html')).length;
        if (pages !== sets) throw new Error(`next build wrote ${pages} set pages for ${sets} sets: is CONTENT_ROOT honoured?`);
        return buildMs;
      });
      log(`${sets} sets: next build ${Math.round(buildMs)} ms`);
      results.push({ sets, questions, checkMs: median(checkRunsMs), checkRunsMs, buildMs, perSetMs: buildMs / sets });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}
