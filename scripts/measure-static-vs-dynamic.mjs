/**
 * What a nonce-based CSP would cost: a nonce has to be new on every response,
 * so every page must be rendered per request instead of served as static
 * HTML. This builds the app twice in temporary folders (as it is, and with the
 * set page forced to render per request), serves both with `next start`, and
 * loads each with autocannon: 20 connections for 10 seconds on the seed set.
 *   node scripts/measure-static-vs-dynamic.mjs
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import autocannon from 'autocannon';

const SET_PAGE = 'app/sets/[setId]/page.tsx';

function copyProject(to, forceDynamic) {
  for (const entry of fs.readdirSync('.')) {
    if (!['node_modules', '.next', '.git', 'test-results', 'playwright-report'].includes(entry)) fs.cpSync(entry, path.join(to, entry), { recursive: true });
  }
  execFileSync('cp', ['-al', 'node_modules', path.join(to, 'node_modules')]);
  if (forceDynamic) {
    const page = path.join(to, SET_PAGE);
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('export const dynamicParams = false;', "export const dynamicParams = false;\nexport const dynamic = 'force-dynamic';"));
  }
}

async function measure(label, forceDynamic, port) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `close-reader-${label}-`));
  try {
    copyProject(dir, forceDynamic);
    execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, stdio: 'ignore' });
    const url = `http://127.0.0.1:${port}/sets/xi-jinping-in-russia`;
    for (let i = 0; i < 60; i++) {
      if ((await fetch(url).catch(() => null))?.ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await autocannon({ url, connections: 4, duration: 2 });
    const result = await autocannon({ url, connections: 20, duration: 10 });
    server.kill();
    return { label, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [await measure('static', false, 3201), await measure('per-request', true, 3202)];
console.log('| set page | req/s | p50 ms | p99 ms | errors |\n| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.label} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`);
console.log(`\nrendering per request serves ${(rows[1].rps / rows[0].rps).toFixed(2)}× the requests of the static page`);
