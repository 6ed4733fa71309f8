/** The command end to end: `npm run content:import-gift`, run on fixtures into a content folder of its own. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { SET_SCHEMA_LINE } from '@/lib/content';

import { runPackageScript } from '../support/run-package-script';
import { ARTICLE_FILE, ROOT } from '../support/seed';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gift-cli-'));
fs.mkdirSync(path.join(root, 'content', 'articles'), { recursive: true });
fs.copyFileSync(path.join(ROOT, ARTICLE_FILE), path.join(root, ARTICLE_FILE));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const setFile = path.join(root, 'content', 'sets', 'week-3-reading.yaml');

/** Runs the command as `npm run content:import-gift` does, from the repository root, with the content folder at `root`. */
function importGift(...args: string[]) {
  return runPackageScript('content:import-gift', [...args, '--root', root], { ...process.env, INIT_CWD: ROOT });
}

// Each run bundles and starts the script afresh; give a loaded machine room.
describe('npm run content:import-gift', { timeout: 60_000 }, () => {
  it('writes the set, prints each warning at its line, and says no question has evidence yet', () => {
    const { code, stdout, stderr } = importGift('tests/fixtures/gift/week-3-reading.gift', '--article', 'xi-jinping-in-russia');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.filter((line) => line.includes(': warning: '))).toEqual([
      'tests/fixtures/gift/week-3-reading.gift:12:1: warning: "think-tank": Moodle gave this question no feedback (#… or ####…) to use as its explanation; a placeholder stands in for it: replace it',
      'tests/fixtures/gift/week-3-reading.gift:14:1: warning: "record-year": Moodle gave this question no feedback (#… or ####…) to use as its explanation; a placeholder stands in for it: replace it',
      'tests/fixtures/gift/week-3-reading.gift:16:1: warning: skipped (essay): an essay question ({}) is marked by a person; the app scores every answer itself and has no kind for it',
    ]);
    expect(lines.slice(-9)).toEqual([
      `Wrote ${setFile} ("Week 3 reading", practice) from tests/fixtures/gift/week-3-reading.gift.`,
      '4 questions imported: 1 single-choice, 1 claim, 1 short-text, 1 numeric.',
      '  line 4: multiple-choice → single-choice "landing-city"',
      '  line 10: true-false → claim "arms"',
      '  line 12: short-answer → short-text "think-tank"',
      '  line 14: numerical → numeric "record-year"',
      '1 skipped: 1 essay; the warnings above say why.',
      '3 warnings above; those about imported questions are also "# Check:" comments in the file.',
      'None has evidence yet: add quotes from the article under evidence:, then run npm run content:check.',
    ]);
    const written = fs.readFileSync(setFile, 'utf8');
    expect(written.split('\n')[0]).toBe(SET_SCHEMA_LINE);
    expect(written).toContain('title: "Week 3 reading"\narticle: "xi-jinping-in-russia"\nmode: "practice"\n');
  });

  it('refuses to overwrite the set unless told to with --force', () => {
    const before = fs.readFileSync(setFile, 'utf8');
    const refused = importGift('tests/fixtures/gift/week-3-reading.gift', '--article', 'xi-jinping-in-russia', '--title', 'Another');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`content:import-gift: ${setFile} already exists. Choose another name with --id, or overwrite it with --force.\n`);
    expect(fs.readFileSync(setFile, 'utf8')).toBe(before);

    const forced = importGift('tests/fixtures/gift/week-3-reading.gift', '--article', 'xi-jinping-in-russia', '--title', 'Another', '--mode', 'test', '--force');
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(setFile, 'utf8')).toContain('title: "Another"\narticle: "xi-jinping-in-russia"\nmode: "test"\n');
  });

  it('reports every syntax error as file:line:column and writes nothing', () => {
    const { code, stdout, stderr } = importGift('tests/fixtures/gift/syntax-errors.gift', '--article', 'xi-jinping-in-russia');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n').map((line) => line.split(': error: ')[0])).toEqual([
      'tests/fixtures/gift/syntax-errors.gift:2:20',
      'tests/fixtures/gift/syntax-errors.gift:4:9',
      'tests/fixtures/gift/syntax-errors.gift:6:1',
      'tests/fixtures/gift/syntax-errors.gift:8:20',
      'tests/fixtures/gift/syntax-errors.gift:10:21',
      'tests/fixtures/gift/syntax-errors.gift:12:23',
      'content:import-gift: 6 syntax errors in tests/fixtures/gift/syntax-errors.gift; nothing was written',
    ]);
    expect(stderr).toContain('tests/fixtures/gift/syntax-errors.gift:2:20: error: this answer block is not closed with "}"');
    expect(fs.existsSync(path.join(root, 'content', 'sets', 'syntax-errors.yaml'))).toBe(false);
  });

  it.each([
    ['a missing file', ['tests/fixtures/gift/no-such-file.gift', '--article', 'xi-jinping-in-russia'], 1, 'content:import-gift: no such file: tests/fixtures/gift/no-such-file.gift\n'],
    ['an unknown article, with a did-you-mean', ['tests/fixtures/gift/true-false.gift', '--article', 'xi-jinping-in-rusia'], 1,
      `content:import-gift: there is no article ${path.join(root, 'content', 'articles', 'xi-jinping-in-rusia.md')}; did you mean "xi-jinping-in-russia"?\n`],
  ])('fails on %s', (_name, args, code, stderr) => {
    const run = importGift(...args);
    expect(run.code).toBe(code);
    expect(run.stderr).toBe(stderr);
    expect(run.stdout).toBe('');
  });

  it('shows its usage when the command line is wrong', () => {
    const run = importGift('tests/fixtures/gift/true-false.gift');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^content:import-gift: name the article the questions are about: --article <articleId>/);
    expect(run.stderr).toContain('Usage: npm run content:import-gift -- <file.gift> --article <articleId> [options]');
  });
});
