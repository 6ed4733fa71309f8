/**
 * Starts `npm run dev` on a copy of the library with one broken set added, for
 * the test that a broken set shows its own errors while the others work.
 *   node tests/e2e/support/dev-server-with-broken-set.mjs <port>
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const port = process.argv[2] ?? '3101';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'close-reader-dev-'));
fs.cpSync('content', path.join(root, 'content'), { recursive: true });
fs.copyFileSync('tests/fixtures/content-check/several-problems.yaml', path.join(root, 'content/sets/broken-set.yaml'));

const dev = spawn(process.execPath, ['scripts/dev.mjs', '--hostname', '127.0.0.1'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: port, CONTENT_ROOT: root, NO_OPEN: '1', NEXT_TELEMETRY_DISABLED: '1' },
});
const stop = () => {
  dev.kill('SIGTERM');
  fs.rmSync(root, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(0)));
dev.on('exit', (code) => (fs.rmSync(root, { recursive: true, force: true }), process.exit(code ?? 0)));
