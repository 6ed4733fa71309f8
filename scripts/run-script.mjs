/**
 * Runs one of the TypeScript commands in scripts/ (`npm run content:check`
 * and its kin): esbuild bundles it with the lib/ code it imports, into one
 * file under node_modules/.cache, and Node runs that. Bundled afresh on every
 * run (about 50 ms), so it is never stale; packages stay outside the bundle.
 * A loader such as tsx would compile the same files, but it costs more to
 * start than the whole check of a 100-set library: 0.3 s a run.
 *   node scripts/run-script.mjs content-check [args…]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';

const repo = fileURLToPath(new URL('..', import.meta.url));
const [name, ...args] = process.argv.slice(2);
const entry = name && path.join(repo, 'scripts', `${name}.ts`);
if (!entry || !fs.existsSync(entry)) {
  console.error(`usage: node scripts/run-script.mjs <name> [args…], where scripts/<name>.ts exists`);
  process.exit(2);
}

const outDir = path.join(repo, 'node_modules', '.cache', 'close-reader-scripts');
fs.mkdirSync(outDir, { recursive: true });
// A file of its own for each run, so two runs at once never read each other's half-written bundle.
const outFile = path.join(outDir, `${name}-${process.pid}.mjs`);
await build({
  entryPoints: [entry],
  outfile: outFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: `node${process.versions.node}`,
  packages: 'external',
  sourcemap: 'inline',
  // The scripts are CommonJS to TypeScript, and find the repository from their own folder.
  define: { __dirname: JSON.stringify(path.dirname(entry)), __filename: JSON.stringify(entry) },
  logLevel: 'warning',
});
process.on('exit', () => fs.rmSync(outFile, { force: true }));
// Stack traces point into the TypeScript, through the bundle's inline source map.
process.setSourceMapsEnabled(true);
process.argv = [process.argv[0] ?? process.execPath, entry, ...args];
await import(pathToFileURL(outFile).href);
