import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { ROOT } from './seed';

/**
 * Runs one of package.json's scripts as `npm run <name> -- <args>` does, from
 * the repository root but without npm: the command line is read from
 * package.json, so a test exercises what a teacher runs.
 */
export function runPackageScript(name: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  const script = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts[name] as string;
  const [command, ...words] = script.split(' ');
  const run = spawnSync(command === 'node' ? process.execPath : path.join(ROOT, 'node_modules', '.bin', command as string), [...words, ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
