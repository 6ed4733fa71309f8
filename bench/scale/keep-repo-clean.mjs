// @ts-check
/**
 * `next build` with a new distDir rewrites files in the repository: it adds
 * `<distDir>/types/**` to tsconfig.json's "include" and points next-env.d.ts
 * at `<distDir>/types`. This snapshots those files and puts them back, and
 * removes the build folder, after the build or when the run is interrupted.
 *
 * Another benchmark building into a `.next-<name>` folder of the same checkout
 * leaves those files rewritten while it runs; a snapshot taken then would
 * restore its rewrite. So the snapshot waits (up to 5 minutes) until neither
 * file names a `.next-<name>` folder; after that it warns and goes ahead,
 * restoring the files as it found them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const REWRITTEN = ['tsconfig.json', 'next-env.d.ts'];
const OTHER_BUILD = /\.next-[\w-]+\//;
const WAIT = { totalMs: 5 * 60_000, stepMs: 2000 };

/** @param {string} repo */
async function snapshot(repo) {
  const read = () => REWRITTEN.map((name) => {
    const file = path.join(repo, name);
    return { file, bytes: fs.existsSync(file) ? fs.readFileSync(file) : null };
  });
  for (let waited = 0; ; waited += WAIT.stepMs) {
    const files = read();
    const busy = files.filter(({ bytes }) => bytes && OTHER_BUILD.test(bytes.toString('utf8')));
    if (busy.length === 0) return files;
    if (waited >= WAIT.totalMs) {
      console.error(`warning: ${busy.map((f) => path.basename(f.file)).join(' and ')} still name another build folder; building anyway and restoring them as they are`);
      return files;
    }
    if (waited === 0) console.error('waiting for another build in this checkout to finish and restore tsconfig.json / next-env.d.ts…');
    await sleep(WAIT.stepMs);
  }
}

/**
 * @template T
 * @param {string} repo
 * @param {string} distDir  relative to repo, removed before and after
 * @param {() => Promise<T>} build
 * @returns {Promise<T>}
 */
export async function keepRepoClean(repo, distDir, build) {
  const saved = await snapshot(repo);
  const restore = () => {
    for (const { file, bytes } of saved) {
      if (bytes === null) fs.rmSync(file, { force: true });
      else if (!fs.existsSync(file) || !fs.readFileSync(file).equals(bytes)) fs.writeFileSync(file, bytes);
    }
    fs.rmSync(path.join(repo, distDir), { recursive: true, force: true });
  };
  const onSignal = (/** @type {NodeJS.Signals} */ signal) => {
    restore();
    process.kill(process.pid, signal);
  };
  fs.rmSync(path.join(repo, distDir), { recursive: true, force: true });
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await build();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    restore();
  }
}
