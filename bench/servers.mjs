// @ts-check
/**
 * Building and serving for the bench, always as production (`next build`,
 * `next start`), telemetry off. A generated library lives in a folder of its
 * own: `content:check --root <dir>` compiles it to <dir>/.content/, and the app
 * is built and served for it with CONTENT_ROOT=<dir> and a distDir of its own
 * (NEXT_DIST_DIR), so the app's .next is left alone.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const NEXT = path.resolve('node_modules/next/dist/bin/next');
// The app itself is built into .next from ./content, whatever the shell says; a library's build names its own.
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
delete ENV.CONTENT_ROOT;
delete ENV.NEXT_DIST_DIR;

/**
 * Runs `node <args>` to the end and returns its wall time in ms; on failure,
 * throws with the end of its output.
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function timedNode(args, env = {}) {
  const started = performance.now();
  try {
    execFileSync(process.execPath, args, { env: { ...ENV, ...env }, stdio: 'pipe', maxBuffer: 256 * 2 ** 20 });
  } catch (error) {
    const output = error instanceof Error && 'stdout' in error ? `${error.stdout}${'stderr' in error ? error.stderr : ''}` : String(error);
    throw new Error(`node ${args.join(' ')} failed:\n${output.slice(-4000)}`);
  }
  return performance.now() - started;
}

/** `npm run content:check` on the content/ of `root`, which also compiles it; its wall time in ms. @param {string} root */
export const compileContent = (root) => timedNode(['scripts/run-script.mjs', 'content-check', '--root', root]);

/** A cold `next build` of the app in `dir`; its wall time in ms. @param {string} dir @param {Record<string, string>} [env] */
export const nextBuild = (dir, env) => timedNode([NEXT, 'build', dir], env);

/**
 * Builds the app for the compiled library in `root` into `distDir` and hands
 * `measure` the build's wall time and the environment that serves it. Afterwards
 * (or on Ctrl-C) it removes distDir and puts back the files `next build`
 * rewrites for a distDir of its own: tsconfig.json's "include" and next-env.d.ts.
 * @template T
 * @param {string} root
 * @param {string} distDir  relative to the repository, e.g. ".next-bench"
 * @param {(build: { buildMs: number, env: Record<string, string> }) => Promise<T> | T} measure
 * @returns {Promise<T>}
 */
export async function withLibraryBuild(root, distDir, measure) {
  const saved = ['tsconfig.json', 'next-env.d.ts'].map((file) => ({ file, bytes: fs.existsSync(file) ? fs.readFileSync(file) : null }));
  const restore = () => {
    for (const { file, bytes } of saved) {
      if (bytes) fs.writeFileSync(file, bytes);
      else fs.rmSync(file, { force: true });
    }
    fs.rmSync(distDir, { recursive: true, force: true });
  };
  const interrupted = () => {
    restore();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  try {
    fs.rmSync(distDir, { recursive: true, force: true });
    const env = { CONTENT_ROOT: root, NEXT_DIST_DIR: distDir };
    return await measure({ buildMs: nextBuild('.', env), env });
  } finally {
    process.off('SIGINT', interrupted);
    restore();
  }
}

/**
 * Starts `next start` for the build in `dir` and waits until `/` answers.
 * @param {{ dir?: string, port: number, env?: Record<string, string> }} options
 */
export async function startServer({ dir = '.', port, env = {} }) {
  const child = spawn(process.execPath, [NEXT, 'start', dir, '-p', String(port), '-H', '127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...ENV, ...env } });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 250) {
    if ((await fetch(`${url}/`).catch(() => null))?.ok) return { url, stop: () => child.kill() };
    await sleep(250);
  }
  child.kill();
  throw new Error(`next start ${dir} did not answer on port ${port}:\n${errors}`);
}
