/**
 * A teacher's whole path, end to end: `npm run content:new` on a pasted
 * article, `npm run content:draft` on the article it wrote, then
 * `npm run content:check`, in a content folder of its own, with no file
 * renamed or edited by hand in between.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

import { runPackageScript } from '../support/run-package-script';
import { ROOT } from '../support/seed';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'new-draft-check-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const PASTED = 'tests/fixtures/authoring/pasted-one-paragraph-a-line.txt';
const ID = 'harbor-town-votes-to-rebuild-its-flooded-seawall';
const articleFile = path.join(root, 'content', 'articles', `${ID}.md`);
const setFile = path.join(root, 'content', 'sets', `${ID}.yaml`);

/** Runs a command as `npm run <name> -- <args> --root <root>` does, from the repository root. */
const run = (name: string, ...args: string[]) => runPackageScript(name, [...args, '--root', root], { ...process.env, INIT_CWD: ROOT });

// Each run bundles and starts the script afresh; give a loaded machine room.
describe('content:new, then content:draft, then content:check', { timeout: 60_000 }, () => {
  it('writes the article, then the set, and the check passes', () => {
    const made = run('content:new', PASTED);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`Wrote ${articleFile} (6 paragraphs, `);
    expect(made.stdout).toContain('Fill in next: nothing, every required field was found.');
    expect(fs.existsSync(setFile)).toBe(false);

    const drafted = run('content:draft', ID);
    expect(drafted.stderr).toBe('');
    expect(drafted.code).toBe(0);
    expect(drafted.stdout).toMatch(new RegExp(`^Wrote ${setFile}: [1-9]\\d* who-said questions? and \\d+ date questions?\\.`));
    expect(parse(fs.readFileSync(setFile, 'utf8'))).toMatchObject({ article: ID, mode: 'practice' });

    const checked = run('content:check');
    expect(checked.code).toBe(0);
    expect(checked.stdout.trim().split('\n').at(-1)).toMatch(/^✓ content: 1 article, 1 question set \(\d+ questions\) checked/);
  });

  it('redrafts an untouched draft only with --force', () => {
    const refused = run('content:draft', ID);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('a draft nobody has edited: redraft it with --force');
    expect(run('content:draft', ID, '--force').code).toBe(0);
  });

  it('never overwrites a set the teacher has edited, even with --force', () => {
    const edited = fs.readFileSync(setFile, 'utf8').replace(/prompt: "[^"]*"/, 'prompt: "Who said this, in your own words?"');
    fs.writeFileSync(setFile, edited);
    const refused = run('content:draft', ID, '--force');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already has questions you wrote or edited: content:draft never overwrites them, even with --force');
    expect(fs.readFileSync(setFile, 'utf8')).toBe(edited);
  });

  it('fills a set that has no questions yet, keeping its title and mode', () => {
    fs.writeFileSync(setFile, `title: Seawall vote\narticle: ${ID}\nmode: test\naudience: Grade 8\nquestions: []\n`);
    const filled = run('content:draft', ID);
    expect(filled.code).toBe(0);
    expect(filled.stdout).toMatch(new RegExp(`^Filled ${setFile}: .*, keeping the fields it had\\.`));
    expect(parse(fs.readFileSync(setFile, 'utf8'))).toMatchObject({ title: 'Seawall vote', article: ID, mode: 'test', audience: 'Grade 8' });
    expect(run('content:check').code).toBe(0);
  });

  it('asks for the fields the text did not give before drafting, then passes once they are filled in', () => {
    const pasted = path.join(root, 'no-byline.txt');
    fs.writeFileSync(pasted, fs.readFileSync(path.join(ROOT, PASTED), 'utf8').replace('Maria Lopez, Coastal Daily News\n', ''));
    const made = run('content:new', pasted, '--id', 'no-byline');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('  author: the writer’s name, as in the byline');
    expect(made.stdout).toContain('  publication: where it appeared, like "VICE World News" (or pass --publication)');

    const early = run('content:draft', 'no-byline');
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('content:draft: fill in the article\'s empty fields and fix its errors first');
    expect(early.stderr).toContain('error: author: must not be empty');

    const file = path.join(root, 'content', 'articles', 'no-byline.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('author: ""', 'author: Maria Lopez').replace('publication: ""', 'publication: Coastal Daily News'));
    expect(run('content:draft', 'no-byline').code).toBe(0);
    expect(run('content:check').code).toBe(0);
  });
});
