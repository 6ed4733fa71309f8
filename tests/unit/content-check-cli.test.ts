/** `npm run content:check` end to end, as a teacher runs it: the command from package.json, on a content folder of its own. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runPackageScript } from './support/run-package-script';
import { ARTICLE_FILE, readContent, ROOT, SET_FILE } from './support/seed';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-cli-'));
fs.mkdirSync(path.join(root, 'content', 'articles'), { recursive: true });
fs.mkdirSync(path.join(root, 'content', 'sets'), { recursive: true });
fs.copyFileSync(path.join(ROOT, ARTICLE_FILE), path.join(root, ARTICLE_FILE));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Runs the command as `npm run content:check -- --root <root>` does, from the repository root. */
function contentCheck() {
  return runPackageScript('content:check', ['--root', root]);
}

const setText = readContent(SET_FILE);
const misquoted = 'Xi told reporters as he landed at Moscow’s Vnukovo International Airport on Monday afternoon.';
const setLine = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

// Each run bundles and starts the script afresh; give a loaded machine room.
describe('npm run content:check', { timeout: 60_000 }, () => {
  it('passes the seed set and says what it checked', () => {
    fs.writeFileSync(path.join(root, SET_FILE), setText);
    const { code, stdout, stderr } = contentCheck();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^✓ content: 1 article, 1 question set \(\d+ questions\) checked; no problems \(\d+ ms\)$/);
  });

  it('fails on a misquotation, naming the file, line and column', () => {
    fs.writeFileSync(path.join(root, SET_FILE), setText.replace(misquoted, misquoted.replace('Monday afternoon', 'Tuesday afternoon')));
    const { code, stdout } = contentCheck();
    expect(code).toBe(1);
    const line = setLine(setText, misquoted);
    expect(stdout).toContain(`${SET_FILE}:${line}:9: error: `);
    expect(stdout).toContain('not found word for word in the article');
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^✗ content: 1 error, 0 warnings in 1 article, 1 question set \(\d+ questions\); fix the errors above/);
  });
});
