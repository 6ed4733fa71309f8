/**
 * `npm run dev`: starts Next.js in development mode and, once it answers,
 * prints the seed set's address and opens it in a browser where there is one.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const port = process.env.PORT ?? '3000';
const sets = fs.existsSync('content/sets') ? fs.readdirSync('content/sets').filter((f) => f.endsWith('.yaml')).sort() : [];
const first = sets.includes('xi-jinping-in-russia.yaml') ? 'xi-jinping-in-russia' : sets[0]?.replace(/\.yaml$/, '');
const url = `http://localhost:${port}${first ? `/sets/${first}` : '/'}`;

const next = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'dev', '--port', port, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal));
next.on('exit', (code) => process.exit(code ?? 0));

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
