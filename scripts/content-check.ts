/**
 * `npm run content:check`: checks every article and question set and reports
 * each problem as `path:line:column: severity: message`. Exits 1 on any error.
 *   --root <dir>   check the content/ folder of another directory
 */
import { checkLibrary, formatProblem, readContentFiles } from '@/lib/check';

const rootFlag = process.argv.indexOf('--root');
const root = rootFlag >= 0 ? (process.argv[rootFlag + 1] ?? '.') : process.cwd();

const started = performance.now();
const { articles, sets, broken, problems } = checkLibrary(readContentFiles(root));
for (const p of problems) console.log(formatProblem(p));

const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const questions = sets.reduce((sum, set) => sum + set.questions.length, 0);
const counted = `${plural(articles.size, 'article')}, ${plural(sets.length + broken.size, 'question set')} (${plural(questions, 'question')})`;
const time = `${Math.round(performance.now() - started)} ms`;
if (errors > 0) {
  console.log(`\n✗ content: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${counted}; fix the errors above (${time})`);
  process.exit(1);
}
console.log(`${warnings > 0 ? '\n' : ''}✓ content: ${counted} checked; ${warnings > 0 ? plural(warnings, 'warning') : 'no problems'} (${time})`);
