// @ts-check
/**
 * Times `content:check` on a library: the same command `npm run content:check`
 * runs (`node scripts/run-script.mjs content-check`), started without npm,
 * so the wall time is Node start-up + bundling the script + the check. The checker prints its own time in its summary line
 * ("… no problems (812 ms)"); that is read back as `checkerMs`.
 */

import { runMeasured } from './run-measured.mjs';

/**
 * @param {string} repo  the repository root (holds scripts/ and node_modules/)
 * @param {string} dir   the folder that holds the library's content/
 * @returns {Promise<{ wallMs: number, checkerMs: number | null }>}
 */
export async function measureCheck(repo, dir) {
  const run = await runMeasured(process.execPath, ['scripts/run-script.mjs', 'content-check', '--root', dir], { cwd: repo });
  const summary = run.output.trim().split('\n').at(-1) ?? '';
  if (run.code !== 0 || !summary.includes('no problems')) {
    throw new Error(`content:check did not pass cleanly on the generated library in ${dir}:\n${run.output.slice(-4000)}`);
  }
  const checkerMs = /\((\d+) ms\)$/.exec(summary)?.[1];
  return { wallMs: run.wallMs, checkerMs: checkerMs === undefined ? null : Number(checkerMs) };
}
