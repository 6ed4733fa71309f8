/**
 * Every GIFT fixture is imported, written with the seed article into a
 * content folder of its own, then read by the code content:check and the app
 * use: checkLibrary for the problems, getLibrary (through CONTENT_ROOT, once compiled) for
 * the sets, and the scoring API's scoreAnswers for the points.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkLibrary, compileLibrary, readContentFiles, writeCompiledLibrary } from '@/lib/check';
import { getLibrary, getSet, getSetErrors } from '@/lib/library';
import type { QuestionKind } from '@/lib/content';
import { PLACEHOLDER_EXPLANATION, type GiftQuestionType, importGift, serializeImport } from '@/lib/gift';
import { scoreAnswers } from '@/lib/scoring';

import { ARTICLE_FILE, loadSeedArticle, ROOT } from '../support/seed';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'gift');

interface FixtureCase {
  fixture: string;
  /** Every imported question's id and kind, in order. */
  kinds: [string, QuestionKind][];
  skipped: GiftQuestionType[];
  /** Fields some questions must have, as the app loads them. */
  fields: Record<string, Record<string, unknown>>;
  /** [question id, answer, points earned]. */
  scores: [string, unknown, number][];
}

const cases: FixtureCase[] = [
  {
    fixture: 'multiple-choice',
    kinds: [['city', 'single-choice'], ['xis-visit-was-expected-to-last-days', 'single-choice'], ['chinas-help', 'multiple-select'], ['experts', 'multiple-select'], ['greeter', 'single-choice'], ['capital', 'multiple-select']],
    skipped: [],
    fields: {
      city: { options: ['Moscow', 'Kyiv', 'Beijing'], answer: 'Moscow', explanation: 'He went to meet Putin in the Russian capital. “Moscow”: The first sentence says he landed in Moscow. “Kyiv”: Kyiv is the capital of Ukraine.' },
      'xis-visit-was-expected-to-last-days': { prompt: "Xi's visit was expected to last _____ days.", answer: 'three', explanation: PLACEHOLDER_EXPLANATION },
      'chinas-help': { prompt: 'How has China helped Russia during the war? Select all that apply.', answers: ['Filling Russian shelves with goods', 'Financing infrastructure projects'] },
      capital: { answers: ['Moscow', 'Kyiv'], explanation: 'Vnukovo is an airport.' },
    },
    scores: [
      ['city', 'Moscow', 1],
      ['city', 'Kyiv', 0],
      ['xis-visit-was-expected-to-last-days', 'three', 1],
      // Weights of ±50% are scored exactly as Moodle scores them.
      ['chinas-help', ['Filling Russian shelves with goods', 'Financing infrastructure projects'], 1],
      ['chinas-help', ['Filling Russian shelves with goods'], 0.5],
      ['chinas-help', ['Filling Russian shelves with goods', 'Supplying arms and ammunition'], 0],
      ['chinas-help', ['Filling Russian shelves with goods', 'Financing infrastructure projects', 'Sending troops to Ukraine'], 0.5],
      // The differences the warnings name: Moodle would give 100%, 50% and 100% here.
      ['experts', ['Moritz Rudolf', 'Andrew Small', 'Dmitry Peskov'], 0.5],
      ['greeter', 'A deputy prime minister', 0],
      ['capital', ['Moscow'], 0.5],
    ],
  },
  {
    fixture: 'true-false',
    kinds: [['arms', 'claim'], ['xi-landed-in-moscow-on-a-monday', 'claim'], ['trade-record', 'claim'], ['foreign-ministry', 'claim']],
    skipped: [],
    fields: {
      arms: { claim: 'China supplied arms and ammunition to Russia.', answer: 'false', explanation: '“True”: The article says China stopped short of it. “False”: Right: China stopped short of arms.' },
      'trade-record': { claim: 'Trade between China and Russia reached a record in 2022.', answer: 'true', explanation: 'Bilateral trade rose to a record figure in 2022.' },
      'foreign-ministry': { answer: 'false', explanation: '“True”: It urged the court to uphold an objective stance.' },
    },
    scores: [
      ['arms', 'false', 1],
      ['arms', 'true', 0],
      ['arms', 'not-stated', 0],
      ['xi-landed-in-moscow-on-a-monday', 'true', 1],
    ],
  },
  {
    fixture: 'short-answer',
    kinds: [['think-tank', 'short-text'], ['who-is-the-kremlin-spokesperson', 'short-text'], ['landing', 'short-text'], ['the-international-criminal-court-sits-in', 'short-text']],
    skipped: ['short-answer'],
    fields: {
      'think-tank': { answer: 'German Marshall Fund', accept: ['German Marshall Fund of the United States', 'GMF'], explanation: '“GMF”: The initials are fine. “Marshall Fund”: Nearly: which Marshall Fund?' },
      'the-international-criminal-court-sits-in': { prompt: 'The International Criminal Court sits in The _____.', answer: 'Hague', accept: [] },
    },
    scores: [
      ['think-tank', 'the German Marshall fund', 1],
      ['think-tank', 'GMF', 1],
      ['think-tank', 'German Marshal Fund', 1],
      ['think-tank', 'Marshall Fund', 0],
      ['who-is-the-kremlin-spokesperson', 'peskov', 1],
      ['landing', 'Moscow', 1],
      ['the-international-criminal-court-sits-in', 'The Hague', 1],
    ],
  },
  {
    fixture: 'matching',
    kinds: [['match-the-speakers', 'match-speakers'], ['capitals', 'matching']],
    skipped: [],
    fields: {
      'match-the-speakers': {
        pairs: [
          { quote: 'I would not put too high hopes for a deal to come up from the trip', speaker: 'Moritz Rudolf' },
          { quote: 'a journey of friendship, cooperation and peace', speaker: 'Xi Jinping' },
          { quote: 'We welcome China’s willingness to play a constructive role in resolving the crisis', speaker: 'Vladimir Putin' },
        ],
        distractors: ['Dmitry Peskov'],
      },
      capitals: {
        pairs: [
          { item: 'Russia', match: 'Moscow' },
          { item: 'China', match: 'Beijing' },
          { item: 'Ukraine', match: 'Kyiv' },
        ],
        distractors: ['Washington'],
      },
    },
    scores: [
      ['match-the-speakers', { 0: 'Moritz Rudolf', 1: 'Xi Jinping', 2: 'Vladimir Putin' }, 1],
      ['match-the-speakers', { 0: 'Moritz Rudolf', 1: 'Dmitry Peskov', 2: 'Vladimir Putin' }, 0.67],
      ['capitals', { 0: 'Moscow', 1: 'Beijing', 2: 'Kyiv' }, 1],
      ['capitals', { 0: 'Moscow', 1: 'Kyiv', 2: 'Washington' }, 0.33],
    ],
  },
  {
    fixture: 'numerical',
    kinds: [['record-year', 'numeric'], ['visit-length', 'numeric'], ['war-start', 'numeric'], ['pi', 'numeric'], ['troops', 'numeric'], ['minus', 'numeric']],
    skipped: [],
    fields: {
      'record-year': { answer: 2022 },
      'visit-length': { answer: 3, explanation: '“3”: Yes: a three-day visit. “4±1”: Close. Any other number: Read the third paragraph again.' },
      'war-start': { answer: 2022, tolerance: 1 },
      pi: { answer: 3.145, range: [3.14, 3.15] },
      troops: { answer: 12000 },
    },
    scores: [
      ['record-year', '2022', 1],
      ['record-year', 'in 2022', 1],
      ['record-year', '2021', 0],
      ['visit-length', '3', 1],
      ['visit-length', 'three days', 1],
      // "4±1" earned 50% in Moodle: left out, with a warning.
      ['visit-length', '4', 0],
      ['war-start', '2021', 1],
      ['war-start', '2024', 0],
      ['pi', '3.14', 1],
      ['pi', '3,15', 1],
      ['pi', '3.16', 0],
      ['troops', '12,000', 1],
      ['troops', '12 000', 1],
      ['troops', 'twelve thousand', 1],
      ['troops', '1200', 0],
      ['minus', '-3', 1],
      ['minus', '−3', 1],
      ['minus', '3', 0],
    ],
  },
  {
    fixture: 'formats',
    kinds: [['markdown', 'single-choice'], ['html', 'single-choice'], ['plain', 'single-choice'], ['moodle-format', 'claim'], ['a-title-with-in-it', 'short-text']],
    skipped: [],
    fields: {
      markdown: { prompt: 'Who is Andrew Small?', answer: 'A senior fellow at the German Marshall Fund' },
      html: { prompt: 'What did Beijing propose last month?', explanation: '“a peace plan”: The visit came after Beijing proposed a peace plan.' },
      plain: { options: ['~ = # { } and :', 'Only \\'], explanation: '“~ = # { } and :”: All six: ~ = # { } :. “Only \\”: No: \\ is a backslash.' },
      'moodle-format': { claim: 'Xi Jinping met Putin in Moscow.' },
      'a-title-with-in-it': { prompt: 'A question that runs over three lines, with a line break escaped in it.' },
    },
    scores: [
      ['markdown', 'A senior fellow at the German Marshall Fund', 1],
      ['plain', '~ = # { } and :', 1],
      ['moodle-format', 'true', 1],
      ['a-title-with-in-it', 'Yes', 1],
    ],
  },
  {
    fixture: 'skipped',
    kinds: [['kept', 'claim']],
    skipped: ['essay', 'description', 'essay'],
    fields: {},
    scores: [['kept', 'true', 1]],
  },
  {
    fixture: 'moodle-export',
    kinds: [
      ['landing-city', 'single-choice'],
      ['think-tank', 'short-text'],
      ['record-year', 'numeric'],
      ['arms', 'claim'],
      ['help', 'multiple-select'],
      ['warrant-to-landing', 'numeric'],
      ['trade-growth', 'numeric'],
      ['roles', 'matching'],
    ],
    skipped: [],
    fields: {
      'landing-city': { prompt: 'In which city did Xi Jinping land?', options: ['Moscow', 'Kyiv', 'Beijing'], explanation: '“Moscow”: The first sentence says he “landed in Moscow”.' },
      'think-tank': { prompt: 'Andrew Small is a senior fellow at which think tank?', answer: 'German Marshall Fund', accept: ['GMF'] },
      'record-year': { answer: 2022 },
      arms: { answer: 'false', explanation: '“True”: It “stopped short” of that.' },
      help: { answers: ['Filling Russian shelves with goods', 'Financing infrastructure projects'] },
      'warrant-to-landing': {
        answer: 3,
        explanation: '“3”: Friday to Monday. “2”: Count Monday too. Any other number: The warrant came on Friday; Xi landed on Monday.',
      },
      'trade-growth': { answer: 54.5, tolerance: 44.5 },
      roles: {
        prompt: 'Match each person to the role the article gives them.',
        pairs: [
          { item: 'Dmitry Peskov', match: 'Kremlin spokesperson' },
          { item: 'Dmitry Chernyshenko', match: 'Russia’s deputy prime minister' },
          { item: 'Moritz Rudolf', match: 'A fellow at Yale Law School' },
        ],
        distractors: ['Ukrainian president'],
        explanation: 'Each person is introduced with a role.',
      },
    },
    scores: [
      ['landing-city', 'Moscow', 1],
      ['think-tank', 'german marshall fund', 1],
      ['record-year', '2022', 1],
      ['arms', 'false', 1],
      ['help', ['Filling Russian shelves with goods', 'Sending troops'], 0],
      ['warrant-to-landing', 'three days', 1],
      // "2" earned 50% in Moodle: left out, with a warning.
      ['warrant-to-landing', '2', 0],
      ['trade-growth', '10%', 1],
      ['trade-growth', '99 percent', 1],
      ['trade-growth', '9.5', 0],
      ['roles', { 0: 'Kremlin spokesperson', 1: 'Russia’s deputy prime minister', 2: 'A fellow at Yale Law School' }, 1],
      ['roles', { 0: 'Kremlin spokesperson', 1: 'Ukrainian president' }, 0.33],
    ],
  },
  {
    fixture: 'week-3-reading',
    kinds: [['landing-city', 'single-choice'], ['arms', 'claim'], ['think-tank', 'short-text'], ['record-year', 'numeric']],
    skipped: ['essay'],
    fields: {},
    scores: [
      ['landing-city', 'Moscow', 1],
      ['arms', 'false', 1],
      ['think-tank', 'GMF', 1],
      ['record-year', '2022', 1],
    ],
  },
];

const article = loadSeedArticle();
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gift-fixtures-'));
const imports = new Map(cases.map(({ fixture }) => [fixture, importGift(fs.readFileSync(path.join(FIXTURES, `${fixture}.gift`), 'utf8'), { article, file: `${fixture}.gift` })]));
fs.mkdirSync(path.join(root, 'content', 'sets'), { recursive: true });
fs.mkdirSync(path.join(root, 'content', 'articles'), { recursive: true });
fs.copyFileSync(path.join(ROOT, ARTICLE_FILE), path.join(root, ARTICLE_FILE));
for (const [fixture, result] of imports) fs.writeFileSync(path.join(root, 'content', 'sets', `${fixture}.yaml`), serializeImport(result, `${fixture}.gift`));
const checked = checkLibrary(readContentFiles(root));
writeCompiledLibrary(root, compileLibrary(checked));

const previousRoot = process.env.CONTENT_ROOT;
beforeAll(() => {
  process.env.CONTENT_ROOT = root;
});
afterAll(() => {
  if (previousRoot === undefined) delete process.env.CONTENT_ROOT;
  else process.env.CONTENT_ROOT = previousRoot;
  fs.rmSync(root, { recursive: true, force: true });
});

describe.each(cases)('the GIFT fixture $fixture', ({ fixture, kinds, skipped, fields, scores }) => {
  const result = imports.get(fixture);
  const file = `content/sets/${fixture}.yaml`;

  it('imports with no syntax error, and skips what it says it skips', () => {
    expect(result?.errors).toEqual([]);
    expect(result?.skipped.map((s) => s.type)).toEqual(skipped);
    expect(result?.warnings.filter((w) => w.message.startsWith('skipped'))).toHaveLength(skipped.length);
  });

  it('passes content:check with no error, and a no-evidence warning for every question', () => {
    const mine = checked.problems.filter((p) => p.file === file);
    expect(mine.filter((p) => p.severity === 'error').map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([]);
    const noEvidence = mine.filter((p) => p.severity === 'warning' && p.message.includes('has no evidence'));
    expect(noEvidence.map((p) => p.message.match(/the question "([^"]+)"/)?.[1])).toEqual(kinds.map(([id]) => id));
  });

  it('is loaded by the app with the expected questions, kinds and answers', () => {
    expect(getSetErrors(fixture)).toBeUndefined();
    const set = getSet(fixture);
    expect(set?.article).toBe(article.id);
    expect(set?.questions.map((q) => [q.id, q.kind])).toEqual(kinds);
    for (const q of set?.questions ?? []) expect(q.evidence).toEqual([]);
    for (const [id, expected] of Object.entries(fields)) expect(set?.questions.find((q) => q.id === id), id).toMatchObject(expected);
  });

  it.each(scores)('scores %s: %j earns %d', (id, answer, points) => {
    const set = getSet(fixture);
    if (!set) throw new Error(`the app did not load ${file}`);
    const scored = scoreAnswers(set, { answers: { [id]: answer } });
    if (!scored.ok) throw new Error(scored.error);
    expect(scored.response.results[0]).toMatchObject({ id, points, maxPoints: 1 });
  });
});

it('loads every imported set and no broken one', () => {
  const library = getLibrary();
  expect(library.sets.map((s) => s.id).sort()).toEqual(cases.map((c) => c.fixture).sort());
  expect([...library.broken.keys()]).toEqual([]);
});
