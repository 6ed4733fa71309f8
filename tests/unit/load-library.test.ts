import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkLibrary, compileLibrary, readContentFiles, writeCompiledLibrary } from '@/lib/check';
import { getArticle, getLibrary, getSet } from '@/lib/library';

import { loadSeedArticle, loadSeedSet, ROOT, SEED_ID } from './support/seed';

// The app reads what content:check compiled: compile the seed content into a folder of its own and serve it from there.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'close-reader-library-'));
beforeAll(() => {
  writeCompiledLibrary(root, compileLibrary(checkLibrary(readContentFiles(ROOT))));
  process.env.CONTENT_ROOT = root;
});
afterAll(() => {
  delete process.env.CONTENT_ROOT;
  fs.rmSync(root, { recursive: true, force: true });
});

describe('getLibrary with the seed content, as content:check compiled it', () => {
  it('loads the seed article and set', () => {
    const library = getLibrary();
    expect([...library.articles.keys()]).toContain(SEED_ID);
    expect(library.sets.map((s) => s.id)).toContain(SEED_ID);
  });

  it('reads the same article and questions as parsing the files directly', () => {
    expect(getArticle(SEED_ID)).toEqual(loadSeedArticle());
    expect(getSet(SEED_ID)?.questions).toEqual(loadSeedSet().questions);
  });

  it('gives every question a 12-character hex fingerprint that is stable between loads', () => {
    const set = getSet(SEED_ID);
    const hashes = set?.questionHashes ?? {};
    expect(Object.keys(hashes)).toEqual(set?.questions.map((q) => q.id));
    for (const hash of Object.values(hashes)) expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(getLibrary().sets.find((s) => s.id === SEED_ID)?.questionHashes).toEqual(hashes);
  });

  it('links every set to an article that exists', () => {
    const library = getLibrary();
    for (const set of library.sets) expect(library.articles.has(set.article)).toBe(true);
  });

  it.each([['no-such-set'], ['']])('finds no set or article called %j', (id) => {
    expect(getSet(id)).toBeUndefined();
    expect(getArticle(id)).toBeUndefined();
  });
});
