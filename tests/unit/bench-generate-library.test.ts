import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { answerSchemas } from '@/lib/answers';
import { checkLibrary, readContentFiles } from '@/lib/check';
import { generateLibrary, writeBigSet } from '@/bench/generate-library.mjs';

const KINDS = Object.keys(answerSchemas);
const folders: string[] = [];

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'close-reader-generated-'));
  folders.push(dir);
  return dir;
}

const bytesOf = (dir: string) => readContentFiles(dir).map((f): [string, string] => [f.path, Buffer.from(f.bytes).toString('utf8')]);

afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

describe('generateLibrary', () => {
  it.each([
    { sets: 3, questionsPerSet: 20 },
    { sets: 2, questionsPerSet: KINDS.length },
    { sets: 1, questionsPerSet: 45 },
  ])('writes $sets sets of $questionsPerSet questions, each on an article of its own, that pass content:check without a problem', (options) => {
    const dir = tempDir();
    generateLibrary(dir, options);
    const { articles, sets, broken, problems } = checkLibrary(readContentFiles(dir));
    expect(problems).toEqual([]);
    expect(broken.size).toBe(0);
    expect(articles.size).toBe(options.sets);
    expect(new Set(sets.map((set) => set.article)).size).toBe(options.sets);
    for (const set of sets) {
      expect(set.questions).toHaveLength(options.questionsPerSet);
      expect(new Set(set.questions.map((q) => q.kind))).toEqual(new Set(KINDS));
    }
  });

  it('is deterministic, and a library of 3 sets begins with the library of 2', () => {
    const generated = (sets: number) => {
      const dir = tempDir();
      generateLibrary(dir, { sets });
      return bytesOf(dir);
    };
    const [two, three, again] = [generated(2), generated(3), generated(3)];
    expect(again).toEqual(three);
    expect(three.filter(([file]) => two.some(([other]) => other === file))).toEqual(two);
  });
});

describe('writeBigSet', () => {
  it('writes one set of 200 questions on the seed article that passes content:check without a problem', () => {
    const dir = tempDir();
    const { setId } = writeBigSet(dir, { questions: 200 });
    const { sets, problems } = checkLibrary(readContentFiles(dir));
    expect(problems).toEqual([]);
    expect(sets.map((set) => [set.id, set.questions.length])).toEqual([[setId, 200]]);
  });
});
