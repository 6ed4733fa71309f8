// @ts-check
/**
 * A library with a big question set, for benchmarks: the seed article and
 * `big-set` (or another id), made of the seed set's questions cycled and
 * given new ids, so every evidence quotation still points into the same
 * article and the set passes `content:check`.
 *   node bench/generate-big-set.mjs <dir> [--questions 200]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse, stringify } from 'yaml';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED_SET = 'xi-jinping-in-russia';
export const BIG_SET_ID = 'big-set';
const SCHEMA_COMMENT = '# yaml-language-server: $schema=../schemas/question-set.schema.json';

/**
 * Writes `<dir>/content/articles/<article>.md` and `<dir>/content/sets/<setId>.yaml`.
 * @param {string} dir
 * @param {{ questions?: number, setId?: string }} [options] setId: `big-set` unless another is wanted, such as a small set to compare with
 * @returns {{ setId: string, articleId: string, questions: number }}
 */
export function writeBigSet(dir, { questions = 200, setId = BIG_SET_ID } = {}) {
  const seed = parse(fs.readFileSync(path.join(repo, 'content/sets', `${SEED_SET}.yaml`), 'utf8'));
  /** @type {Array<Record<string, unknown> & { id: string }>} */
  const seedQuestions = seed.questions;
  const articleId = String(seed.article);

  fs.mkdirSync(path.join(dir, 'content/articles'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'content/sets'), { recursive: true });
  fs.copyFileSync(path.join(repo, 'content/articles', `${articleId}.md`), path.join(dir, 'content/articles', `${articleId}.md`));

  const cycled = Array.from({ length: questions }, (_, i) => {
    const question = /** @type {(typeof seedQuestions)[number]} */ (seedQuestions[i % seedQuestions.length]);
    const round = Math.floor(i / seedQuestions.length) + 1;
    return { ...structuredClone(question), id: `${question.id}-${round}` };
  });
  const set = {
    ...seed,
    title: `${seed.title} (${questions} questions)`,
    description: `A benchmark set: the ${seedQuestions.length} questions of "${SEED_SET}" repeated to ${questions}.`,
    questions: cycled,
  };
  fs.writeFileSync(path.join(dir, 'content/sets', `${setId}.yaml`), `${SCHEMA_COMMENT}\n${stringify(set, { lineWidth: 0, aliasDuplicateObjects: false })}`);
  return { setId, articleId, questions };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--questions');
  if (!dir) {
    console.error('usage: node bench/generate-big-set.mjs <dir> [--questions 200]');
    process.exit(2);
  }
  const flag = process.argv.indexOf('--questions');
  const count = flag >= 0 ? Number(process.argv[flag + 1]) : 200;
  const written = writeBigSet(dir, { questions: count });
  console.log(`wrote ${written.questions} questions to ${path.join(dir, 'content/sets', `${written.setId}.yaml`)}`);
}
