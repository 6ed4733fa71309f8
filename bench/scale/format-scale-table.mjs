// @ts-check
/**
 * The scale results as Markdown: one row per library size, then the two
 * budgets of the "Performance" issue, each met or MISSED with its figure.
 *
 * @typedef {import('../scale.mjs').ScaleResult} ScaleResult
 */

export const BUDGETS = { checkMsAt1000: 3000, buildRatio1000To100: 12 };

const seconds = (/** @type {number} */ ms) => (ms / 1000).toFixed(2);
const whole = (/** @type {number | null | undefined} */ n) => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en-US'));

/** @param {ScaleResult} r */
function row(r) {
  const check = `${seconds(r.check.wallMs)}${r.check.checkerMs === null ? '' : ` (${seconds(r.check.checkerMs)} in checker)`}`;
  const build = r.build ? seconds(r.build.wallMs) : '–';
  const perSet = r.build ? whole(r.build.perSetMs) : '–';
  const memory = r.build ? `${whole(r.build.peakMb)}${r.build.largestProcessMb === null ? '' : ` (largest process ${whole(r.build.largestProcessMb)})`}` : '–';
  const library = r.build ? `${whole(r.build.library.firstPageKb)} (${whole(r.build.library.firstPageGzipKb)} gzipped), ${whole(r.build.library.pages)} ${r.build.library.pages === 1 ? 'page' : 'pages'}` : '–';
  return `| ${r.sets.toLocaleString('en-US')} | ${r.questions.toLocaleString('en-US')} | ${check} | ${build} | ${perSet} | ${memory} | ${library} |`;
}

/** @param {ScaleResult[]} results */
function budgetLines(results) {
  const at = (/** @type {number} */ sets) => results.find((r) => r.sets === sets);
  const mark = (/** @type {boolean} */ met) => (met ? 'met' : 'MISSED');
  const check = at(1000)?.check;
  const checkLine = check
    ? `${mark(check.wallMs < BUDGETS.checkMsAt1000)} (${seconds(check.wallMs)} s wall${check.checkerMs === null ? '' : `, ${seconds(check.checkerMs)} s in the checker`})`
    : 'not measured (needs size 1000)';
  const [small, large] = [at(100)?.build, at(1000)?.build];
  const ratio = small && large ? large.wallMs / small.wallMs : null;
  const buildLine =
    small && large && ratio !== null
      ? `${mark(ratio < BUDGETS.buildRatio1000To100)} (${ratio.toFixed(1)}×: ${seconds(large.wallMs)} s against ${seconds(small.wallMs)} s)`
      : 'not measured (needs builds at sizes 100 and 1000)';
  const marginal = small && large ? `\n\nEach set past the 100th adds ${whole((large.wallMs - small.wallMs) / 900)} ms to the build (the 100-set build's fixed cost left out).` : '';
  const [fewest, most] = [results[0]?.build?.library, results.at(-1)?.build?.library];
  const library =
    fewest && most && results.length > 1
      ? `\n\nThe library's first page weighs ${whole(most.firstPageGzipKb)} KB gzipped at ${whole(results.at(-1)?.sets)} sets, against ${whole(fewest.firstPageGzipKb)} KB at ${whole(results[0]?.sets)}: it shows one page of about 24 sets, and the rest follow on ${whole(most.pages - 1)} more pages.`
      : '';
  return [`- content:check of 1,000 sets under 3 s: ${checkLine}`, `- 1,000-set build under 12× the 100-set build: ${buildLine}${marginal}${library}`];
}

/** @param {ScaleResult[]} results */
export function formatScaleTable(results) {
  return [
    '| sets | questions | content:check (s) | next build (s) | build per set (ms) | peak memory (MB) | library’s first page (KB) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(row),
    '',
    ...budgetLines(results),
  ].join('\n');
}
