import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Copies the project without its builds or its git history, to build it
 * elsewhere. The bundler will not follow a symlinked node_modules out of the
 * project, so dependencies are hard-linked where the system allows it
 * (instant), and copied where not.
 */
export function copySource(to: string) {
  const skip = new Set(['node_modules', '.next', '.content', '.git', 'test-results', 'playwright-report']);
  for (const entry of fs.readdirSync('.')) if (!skip.has(entry) && !entry.startsWith('.next-')) fs.cpSync(entry, path.join(to, entry), { recursive: true });
  try {
    execFileSync('cp', ['-al', 'node_modules', path.join(to, 'node_modules')]);
  } catch {
    fs.cpSync('node_modules', path.join(to, 'node_modules'), { recursive: true });
  }
}
