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

  /** Runs content:new on the pasted text without the given lines, as `--id <id>`; the article file it wrote. */
  function newWithout(id: string, ...lines: string[]) {
    const pasted = path.join(root, `${id}.txt`);
    const text = lines.reduce((source, line) => source.replace(`${line}\n`, ''), fs.readFileSync(path.join(ROOT, PASTED), 'utf8'));
    fs.writeFileSync(pasted, text);
    return { made: run('content:new', pasted, '--id', id), file: path.join(root, 'content', 'articles', `${id}.md`) };
  }

  it('leaves out the byline and publication a text does not give, says so, and drafts and checks without them', () => {
    const { made, file } = newWithout('no-byline', 'Maria Lopez, Coastal Daily News');
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('Fill in next: nothing, every required field was found.');
    expect(made.stdout).toContain('  - No byline was found, so the article has no author: add author: to the frontmatter if it has one.');
    expect(made.stdout).toContain('  - The text does not say where it appeared: add publication: to the frontmatter (or pass --publication) so students see the source.');
    expect(fs.readFileSync(file, 'utf8')).not.toMatch(/^(author|publication):/m);

    const drafted = run('content:draft', 'no-byline');
    expect(drafted.stderr).toBe('');
    expect(drafted.code).toBe(0);
    expect(drafted.stdout).toMatch(/^Wrote .*no-byline\.yaml: [1-9]\d* who-said questions?/);
    expect(run('content:check').code).toBe(0);
  });

  it('asks for the date the text did not give before drafting, then passes once it is filled in', () => {
    const { made, file } = newWithout('no-date', 'Maria Lopez, Coastal Daily News', 'March 4, 2024 6:10 PM');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`Fill in next (left empty in ${file}):\n  published: the date it was published, as YYYY-MM-DD\n\nCheck:`);

    const early = run('content:draft', 'no-date');
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('content:draft: fill in the article\'s empty fields and fix its errors first');
    expect(early.stderr).toContain('error: published: write the date as YYYY-MM-DD');
    expect(early.stderr).not.toMatch(/\b(author|publication): /);

    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('published: ""', 'published: 2024-03-04'));
    expect(run('content:draft', 'no-date').code).toBe(0);
    expect(run('content:check').code).toBe(0);
  });
});
