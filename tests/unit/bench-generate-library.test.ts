import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { checkLibrary, readContentFiles } from '@/lib/check';
import { questionSchema } from '@/lib/content';
import { generateLibrary } from '@/bench/generate-library.mjs';
import { ABSENT_WORDS } from '@/bench/generate/phrases.mjs';

const KINDS = questionSchema.options.map((option) => option.shape.kind.value);
const folders: string[] = [];

/** Generates a library into a fresh temporary folder, removed after the file's tests. */
function generate(options: Parameters<typeof generateLibrary>[1]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'close-reader-generated-'));
  folders.push(dir);
  return { dir, ...generateLibrary(dir, options) };
}

const bytesOf = (dir: string) => readContentFiles(dir).map((f): [string, string] => [f.path, Buffer.from(f.bytes).toString('utf8')]);

afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

describe('generateLibrary', () => {
  it.each([
    { sets: 3, questionsPerSet: 20, seed: 1 },
    { sets: 2, questionsPerSet: 9, seed: 7 },
    { sets: 1, questionsPerSet: 45, seed: 42 },
  ])('writes $sets × $questionsPerSet questions (seed $seed) that pass content:check without a problem', (options) => {
    const { dir } = generate(options);
    const { articles, sets, broken, problems } = checkLibrary(readContentFiles(dir));
    expect(problems).toEqual([]);
    expect(broken.size).toBe(0);
    expect(articles.size).toBe(options.sets);
    expect(sets).toHaveLength(options.sets);
    for (const set of sets) {
      expect(set.questions).toHaveLength(options.questionsPerSet);
      expect(new Set(set.questions.map((q) => q.kind))).toEqual(new Set(KINDS));
    }
    for (const article of articles.values()) {
      expect(article.wordCount).toBeGreaterThanOrEqual(800);
      expect(article.wordCount).toBeLessThanOrEqual(1000);
      const text = article.paragraphs.map((p) => p.text).join(' ').toLowerCase();
      for (const word of ABSENT_WORDS) expect(text).not.toMatch(new RegExp(`\\b${word}\\b`));
    }
  });

  it('starts every set file with the schema line', () => {
    const { dir, ids } = generate({ sets: 2 });
    for (const id of ids) {
      expect(fs.readFileSync(path.join(dir, 'content', 'sets', `${id}.yaml`), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/question-set.schema.json');
    }
  });

  it.each([
    ['the same seed writes the same bytes', { sets: 3, seed: 5 }, { sets: 3, seed: 5 }, 'same'],
    ['a library of 3 sets begins with the library of 2', { sets: 2, seed: 5 }, { sets: 3, seed: 5 }, 'begins-with'],
    ['another seed writes another library', { sets: 3, seed: 5 }, { sets: 3, seed: 6 }, 'different'],
  ] as const)('is deterministic: %s', (_, first, second, expected) => {
    const a = bytesOf(generate(first).dir);
    const b = bytesOf(generate(second).dir);
    const inA = new Set(a.map(([file]) => file));
    if (expected === 'same') expect(b).toEqual(a);
    if (expected === 'begins-with') expect(b.filter(([file]) => inA.has(file))).toEqual(a);
    if (expected === 'different') expect(b).not.toEqual(a);
  });
});
