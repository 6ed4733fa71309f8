// @ts-check
/**
 * Times a cold `next build` of the app serving a generated library
 * (CONTENT_ROOT=<dir>), built into its own distDir (NEXT_DIST_DIR, see
 * next.config.js) so the app's .next is never touched, and measures the peak
 * memory of the build's whole process tree (workers included).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { keepRepoClean } from './keep-repo-clean.mjs';
import { runMeasured } from './run-measured.mjs';

export const BENCH_DIST_DIR = '.next-bench';

/**
 * @typedef {object} BuildMeasure
 * @property {number} wallMs
 * @property {number | null} peakMb        highest total RSS of the build's process tree
 * @property {number | null} largestProcessMb  highest RSS of any one process in it
 * @property {number} pages               set pages the build wrote (must equal the sets)
 * @property {LibraryPageSize} library       what the library's first page weighs, and how many pages it runs to
 */

/**
 * @typedef {object} LibraryPageSize
 * @property {number} firstPageKb      the home page's HTML as built, in KB
 * @property {number} firstPageGzipKb  the same, gzipped as the server sends it
 * @property {number} pages            the library's pages: the home page and /library/2 onwards
 */

/**
 * @param {string} appDir  the build's server/app folder
 * @returns {LibraryPageSize}
 */
function libraryPageSize(appDir) {
  const html = fs.readFileSync(path.join(appDir, 'index.html'));
  const later = path.join(appDir, 'library');
  const pages = 1 + (fs.existsSync(later) ? fs.readdirSync(later).filter((f) => f.endsWith('.html')).length : 0);
  return { firstPageKb: html.length / 1024, firstPageGzipKb: zlib.gzipSync(html).length / 1024, pages };
}

/**
 * @param {string} repo
 * @param {string} dir  the folder that holds the library's content/
 * @param {number} sets  how many set pages the build must produce
 * @returns {Promise<BuildMeasure>}
 */
export function measureBuild(repo, dir, sets) {
  return keepRepoClean(repo, BENCH_DIST_DIR, async () => {
    const next = path.join(repo, 'node_modules', 'next', 'dist', 'bin', 'next');
    const env = { ...process.env, CONTENT_ROOT: dir, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' };
    const run = await runMeasured(process.execPath, [next, 'build'], { cwd: repo, env, memory: true });
    if (run.code !== 0) throw new Error(`next build failed for the library in ${dir}:\n${run.output.slice(-4000)}`);
    const appDir = path.join(repo, BENCH_DIST_DIR, 'server', 'app');
    const setPages = path.join(appDir, 'sets');
    const pages = fs.existsSync(setPages) ? fs.readdirSync(setPages).filter((f) => f.endsWith('.html')).length : 0;
    if (pages !== sets) throw new Error(`next build wrote ${pages} set pages for ${sets} sets; is CONTENT_ROOT honoured?`);
    const mb = (/** @type {number | null} */ kb) => (kb === null ? null : kb / 1024);
    return { wallMs: run.wallMs, peakMb: mb(run.treePeakKb), largestProcessMb: mb(run.largestKb), pages, library: libraryPageSize(appDir) };
  });
}
