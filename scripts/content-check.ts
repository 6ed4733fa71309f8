/**
 * `npm run content:check`: checks every article and question set, reports
 * each problem as `path:line:column: severity: message`, and compiles the
 * library the app reads (.content/library.json). Exits 1 on any error; the
 * compiled library still lists the broken sets, so `npm run dev` can show
 * each one's errors on its own page.
 *   --root <dir>   the folder holding content/ (default: CONTENT_ROOT, else the current folder)
 *   --watch        check and compile again whenever a content file changes (npm run dev)
 */
import fs from 'node:fs';
import path from 'node:path';

import { checkLibrary, compileLibrary, readContentFiles, writeCompiledLibrary } from '@/lib/check';
import { formatProblem } from '@/lib/content';

const rootFlag = process.argv.indexOf('--root');
const root = rootFlag >= 0 ? (process.argv[rootFlag + 1] ?? '.') : (process.env.CONTENT_ROOT ?? process.cwd());
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Checks and compiles the library once; true when it has no errors. */
function checkAndCompile(): boolean {
  const started = performance.now();
  const checked = checkLibrary(readContentFiles(root));
  writeCompiledLibrary(root, compileLibrary(checked));
  const { articles, sets, broken, problems } = checked;
  for (const p of problems) console.log(formatProblem(p));

  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const questions = sets.reduce((sum, set) => sum + set.questions.length, 0);
  const counted = `${plural(articles.size, 'article')}, ${plural(sets.length + broken.size, 'question set')} (${plural(questions, 'question')})`;
  const time = `${Math.round(performance.now() - started)} ms`;
  if (errors > 0) {
    console.log(`\n✗ content: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${counted}; fix the errors above (${time})`);
    return false;
  }
  console.log(`${warnings > 0 ? '\n' : ''}✓ content: ${counted} checked; ${warnings > 0 ? plural(warnings, 'warning') : 'no problems'} (${time})`);
  return true;
}

const sound = checkAndCompile();
if (process.argv.includes('--watch')) {
  // An editor's save can touch a file several times: check once it settles.
  let timer: NodeJS.Timeout | undefined;
  fs.watch(path.join(root, 'content'), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(checkAndCompile, 100);
  });
} else if (!sound) {
  process.exit(1);
}
