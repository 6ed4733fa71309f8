/**
 * JavaScript a page sends to the browser, gzipped, read from a production
 * build: the scripts its prerendered HTML loads, each gzipped on its own as a
 * server would send it. Deterministic for a given build.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * @param {string} distDir  the build folder, e.g. ".next" or "bench/blank/.next"
 * @param {string} route    the page, e.g. "/sets/xi-jinping-in-russia" or "/"
 * @returns {{ files: number, raw: number, gzip: number }}
 */
export function pageJsSize(distDir, route) {
  const htmlFile = path.join(distDir, 'server', 'app', `${route === '/' ? 'index' : route.replace(/^\//, '')}.html`);
  const html = fs.readFileSync(htmlFile, 'utf8');
  // Scripts marked noModule (legacy polyfills) are never downloaded by a modern browser.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = new Set(tags.flatMap((tag) => [.../\ssrc="([^"]+\.js)"/.exec(tag)?.slice(1) ?? []]));
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const file = path.join(distDir, src.replace(/^\/_next\//, ''));
    const bytes = fs.readFileSync(file);
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { files: sources.size, raw, gzip };
}

/** Builds the blank baseline app when it has no build yet. */
export async function ensureBlankBuild() {
  const dist = 'bench/blank/.next';
  if (fs.existsSync(path.join(dist, 'server', 'app', 'index.html'))) return dist;
  const { execFileSync } = await import('node:child_process');
  execFileSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build', '.'], {
    cwd: 'bench/blank',
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return dist;
}

export const JS_BUDGET_KB = 35;
