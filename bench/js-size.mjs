// @ts-check
/**
 * JavaScript a page sends to the browser, read from a production build: the
 * scripts its prerendered HTML loads (not those marked noModule, which a
 * modern browser never fetches), each gzipped on its own as a server sends it.
 * Deterministic for a given build. tests/e2e/js-budget.spec.ts holds the
 * budget too.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const JS_BUDGET_KB = 35;

/**
 * @param {string} distDir  the build folder, e.g. ".next" or "bench/blank/.next"
 * @param {string} route    the page, e.g. "/sets/xi-jinping-in-russia" or "/"
 * @returns {{ files: number, raw: number, gzip: number }} bytes
 */
export function pageJsSize(distDir, route) {
  const html = fs.readFileSync(path.join(distDir, 'server', 'app', `${route === '/' ? 'index' : route.slice(1)}.html`), 'utf8');
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = new Set(tags.flatMap((tag) => /\ssrc="([^"]+\.js)"/.exec(tag)?.slice(1) ?? []));
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const bytes = fs.readFileSync(path.join(distDir, src.replace(/^\/_next\//, '')));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { files: sources.size, raw, gzip };
}

/** The blank baseline app's build folder, built first when it has none. */
export function ensureBlankBuild() {
  const dist = 'bench/blank/.next';
  if (!fs.existsSync(path.join(dist, 'server', 'app', 'index.html'))) {
    execFileSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build', 'bench/blank'], { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  }
  return dist;
}
