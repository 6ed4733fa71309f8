/**
 * `npm run dev`: compiles the content and keeps compiling it as files change
 * (`content:check --watch`, so a broken set shows its own errors), starts
 * Next.js in development mode and, once it answers, prints the seed set's
 * address and opens it in a browser where there is one.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const port = process.env.PORT ?? '3000';
const sets = fs.existsSync('content/sets') ? fs.readdirSync('content/sets').filter((f) => f.endsWith('.yaml')).sort() : [];
const first = sets.includes('xi-jinping-in-russia.yaml') ? 'xi-jinping-in-russia' : sets[0]?.replace(/\.yaml$/, '');
const url = `http://localhost:${port}${first ? `/sets/${first}` : '/'}`;

const watcher = spawn(process.execPath, ['scripts/run-script.mjs', 'content-check', '--watch'], { stdio: 'inherit' });
await waitForCompiledContent();
const next = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'dev', '--port', port, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (watcher.kill(signal), next.kill(signal)));
next.on('exit', (code) => (watcher.kill(), process.exit(code ?? 0)));

/** The watcher's first compile, so the first page served has content to read. */
async function waitForCompiledContent() {
  const file = path.join(process.env.CONTENT_ROOT ?? '.', '.content', 'library.json');
  const started = Date.now();
  while (!(fs.existsSync(file) && fs.statSync(file).mtimeMs >= started - 1000) && Date.now() - started < 30_000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function announce() {
  for (let tries = 0; tries < 120; tries++) {
    try {
      await fetch(url);
      console.log(`\n  Close Reader is running. Open the seed set: ${url}\n`);
      openInBrowser();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function openInBrowser() {
  if (process.env.CI || process.env.NO_OPEN) return;
  const opener = { darwin: ['open'], win32: ['cmd', '/c', 'start', '""'] }[process.platform] ?? (process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? ['xdg-open'] : null);
  if (!opener) return;
  const [command, ...args] = opener;
  spawn(command, [...args, url], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
}

void announce();
