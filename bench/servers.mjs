/** Starting and stopping `next start` for benchmarks. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const NEXT = path.resolve('node_modules/next/dist/bin/next');

/**
 * Starts a production server and waits until it answers.
 * @param {{ dir?: string, port: number, env?: Record<string, string> }} options
 */
export async function startServer({ dir = '.', port, env = {} }) {
  const child = spawn(process.execPath, [NEXT, 'start', dir, '-p', String(port), '-H', '127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 60_000; waited += 250) {
    if ((await fetch(`${url}/`).catch(() => null))?.ok) return { url, stop: () => child.kill() };
    await sleep(250);
  }
  child.kill();
  throw new Error(`the server in ${dir} did not answer on port ${port}`);
}
