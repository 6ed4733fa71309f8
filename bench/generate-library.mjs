// @ts-check
/**
 * Libraries for the bench and for tests of a long library, made from the
 * seed: every article is the seed article (about 1,100 words) under an id,
 * title and date of its own, and every set cycles the seed set's questions
 * (and the practice set's of kinds the seed set has none of) under new ids,
 * so each evidence quotation still points into its article and everything
 * passes `content:check`. The questions are taken kind by kind in turn, so a
 * set of as many questions as there are kinds, or more, has every kind. The same options
 * write the same bytes, and set n is the same in a library of 10 or of 1,000.
 * Never point it at the repository: pass a temporary folder.
 *   node bench/generate-library.mjs <dir> [--sets 100] [--questions 20]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { parse, stringify } from 'yaml';

// Run from the repository root, as npm scripts and the tests are (no import.meta: Playwright loads this file as CommonJS).
const REPO = process.cwd();
export const SEED_SET_ID = 'xi-jinping-in-russia';
const PRACTICE_SET_ID = 'xi-jinping-in-russia-practice';
export const BIG_SET_ID = 'big-set';
const SCHEMA_LINE = '# yaml-language-server: $schema=../schemas/question-set.schema.json';

/** @typedef {Record<string, unknown> & { id: string, kind: string }} Question */

/** @param {string} id */
const readSet = (id) => parse(fs.readFileSync(path.join(REPO, 'content/sets', `${id}.yaml`), 'utf8'));

function readSeed() {
  const set = readSet(SEED_SET_ID);
  const articleFile = fs.readFileSync(path.join(REPO, 'content/articles', `${set.article}.md`), 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(articleFile) ?? [];
  /** @type {Question[]} */
  const seedQuestions = set.questions;
  /** @type {Question[]} */
  const practice = readSet(PRACTICE_SET_ID).questions;
  const questions = [...seedQuestions, ...practice.filter((q) => !seedQuestions.some((s) => s.kind === q.kind))];
  /** @type {Map<string, Question[]>} */
  const byKind = new Map();
  for (const q of questions) byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), q]);
  /** @type {Question[]} one of each kind in turn, until every question is taken */
  const interleaved = [];
  for (let round = 0; interleaved.length < questions.length; round++) {
    for (const group of byKind.values()) {
      const question = group[round];
      if (question) interleaved.push(question);
    }
  }
  return { set, article: { id: String(set.article), meta: parse(frontmatter), body }, questions: interleaved };
}

/**
 * `count` questions cycled from the seed's, each id suffixed with its round.
 * @param {Question[]} questions
 * @param {number} count
 */
const cycle = (questions, count) =>
  Array.from({ length: count }, (_, i) => {
    const q = /** @type {Question} */ (questions[i % questions.length]);
    return { ...structuredClone(q), id: `${q.id}-${Math.floor(i / questions.length) + 1}` };
  });

/**
 * @param {string} dir
 * @param {string} setId
 * @param {Record<string, unknown>} set
 */
function writeSet(dir, setId, set) {
  fs.mkdirSync(path.join(dir, 'content/sets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'content/sets', `${setId}.yaml`), `${SCHEMA_LINE}\n${stringify(set, { lineWidth: 0, aliasDuplicateObjects: false })}`);
}

/**
 * @param {string} dir
 * @param {string} id
 * @param {Record<string, unknown>} meta
 * @param {string} body
 */
function writeArticle(dir, id, meta, body) {
  fs.mkdirSync(path.join(dir, 'content/articles'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'content/articles', `${id}.md`), `---\n${stringify(meta, { lineWidth: 0 })}---\n${body}`);
}

/**
 * Writes `<dir>/content/`: `sets` question sets, each on an article of its
 * own (a set per article, as teachers mostly write them), published a day
 * apart from 2020-01-01 on.
 * @param {string} dir
 * @param {{ sets: number, questionsPerSet?: number }} options
 * @returns {{ sets: number, questions: number, ids: string[] }}
 */
export function generateLibrary(dir, { sets, questionsPerSet = 20 }) {
  const seed = readSeed();
  const ids = [];
  for (let n = 1; n <= sets; n++) {
    const id = `generated-${String(n).padStart(4, '0')}`;
    const published = new Date(Date.UTC(2020, 0, n)).toISOString().slice(0, 10);
    writeArticle(dir, id, { ...seed.article.meta, title: `${seed.article.meta.title} (${n})`, published }, seed.article.body);
    writeSet(dir, id, { ...seed.set, title: `${seed.set.title} (${n})`, article: id, questions: cycle(seed.questions, questionsPerSet) });
    ids.push(id);
  }
  return { sets, questions: sets * questionsPerSet, ids };
}

/**
 * Writes `<dir>/content/`: the seed article and one set of `questions` questions on it.
 * @param {string} dir
 * @param {{ questions?: number, setId?: string }} [options]
 */
export function writeBigSet(dir, { questions = 200, setId = BIG_SET_ID } = {}) {
  const seed = readSeed();
  writeArticle(dir, seed.article.id, seed.article.meta, seed.article.body);
  writeSet(dir, setId, { ...seed.set, title: `${seed.set.title} (${questions} questions)`, questions: cycle(seed.questions, questions) });
  return { setId, questions };
}

if (process.argv[1] && path.basename(process.argv[1]) === 'generate-library.mjs') {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { sets: { type: 'string', default: '100' }, questions: { type: 'string', default: '20' } } });
  if (!positionals[0]) throw new Error('usage: node bench/generate-library.mjs <dir> [--sets 100] [--questions 20]');
  const written = generateLibrary(positionals[0], { sets: Number(values.sets), questionsPerSet: Number(values.questions) });
  console.log(`wrote ${written.sets} sets, ${written.questions} questions, to ${path.join(positionals[0], 'content')}`);
}
