/**
 * How well the line-by-line reading of YAML (lib/check/yaml-mistakes.ts)
 * does on files it was not written for: every line of the seed sets, the
 * seed article's frontmatter and a platforms file broken one way at a time,
 * and the same content written out in many YAML styles, which must raise no
 * false alarm.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse, parseDocument, stringify } from 'yaml';

import { findYamlMistakes } from '@/lib/check/yaml-mistakes';

const root = path.resolve(__dirname, '../..');
const frontmatter = (file: string) => /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(root, file), 'utf8'))?.[1] ?? '';
const PLATFORMS = `platforms:
  - name: Moodle at Example High
    issuer: https://moodle.example.org
    clientId: "aBc123"
    deploymentIds: ["1"]
    authorizationUrl: https://moodle.example.org/mod/lti/auth.php
    tokenUrl: https://moodle.example.org/mod/lti/token.php
    keySetUrl: https://moodle.example.org/mod/lti/certs.php
  - name: Canvas
    issuer: https://canvas.instructure.com
    clientId: "10000000000001"
    deploymentIds:
      - "1:abc"
      - "2:def"
    authorizationUrl: https://sso.canvaslms.com/api/lti/authorize_redirect
    tokenUrl: https://sso.canvaslms.com/login/oauth2/token
    keySetUrl: https://sso.canvaslms.com/api/lti/security/jwks
`;
// The two shorter seed sets (the long one adds time, not kinds of line).
const sets = ['xi-jinping-in-russia-graded.yaml', 'xi-jinping-in-russia-practice.yaml'].map((name) => fs.readFileSync(path.join(root, 'content/sets', name), 'utf8'));
const TEXTS = [...sets, `${frontmatter('content/articles/xi-jinping-in-russia.md')}\n`, PLATFORMS];

/** The slips a hand-edited line suffers, each as a change to one line (the line unchanged when it does not apply). */
const SLIPS: [string, (line: string) => string][] = [
  ['one space less', (line) => line.replace(/^ /, '')],
  ['two spaces less', (line) => line.replace(/^ {2}/, '')],
  ['one space more', (line) => ` ${line}`],
  ['two spaces more', (line) => `  ${line}`],
  ['a tab for two spaces', (line) => line.replace(/^ {2}/, '\t')],
  ['the dash left out', (line) => line.replace(/^(\s*)- /, '$1  ')],
  ['a dash put in', (line) => line.replace(/^(\s*)(\w)/, '$1- $2')],
  ['a colon in a plain value', (line) => line.replace(/^(\s*(?:- )?\w+: )([A-Z][^"'\n]*)$/, '$1Note: $2')],
  ['text after a quoted value', (line) => line.replace(/^(\s*(?:- )?\w+: )("[^"]*")$/, '$1$2 more')],
];

// Thousands of parses: give a loaded machine room.
describe('the line-by-line reading of YAML', { timeout: 120_000 }, () => {
  it('names the line of the slip in at least 99% of the files the parser refuses, and something in every one', () => {
    let refused = 0;
    let onTheLine = 0;
    let unexplained = 0;
    for (const text of TEXTS) {
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (!line.trim() || line.trim().startsWith('#')) return;
        for (const [, slip] of SLIPS) {
          const broken = slip(line);
          if (broken === line) continue;
          const brokenText = [...lines.slice(0, i), broken, ...lines.slice(i + 1)].join('\n');
          if (parseDocument(brokenText, { uniqueKeys: true }).errors.length === 0) continue;
          refused++;
          const first = findYamlMistakes(brokenText)[0];
          if (!first) unexplained++;
          else if (first.line === i) onTheLine++;
        }
      });
    }
    expect(refused).toBeGreaterThan(800);
    expect(unexplained).toBe(0);
    expect(onTheLine / refused).toBeGreaterThanOrEqual(0.99);
  });

  it('raises no false alarm on the same content written in any common YAML style', () => {
    const styles = [2, 4].flatMap((indent) =>
      [true, false].flatMap((indentSeq) =>
        [30].flatMap((lineWidth) =>
          (['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED'] as const).flatMap((defaultStringType) =>
            (['any', 'flow'] as const).map((collectionStyle) => ({ indent, indentSeq, lineWidth, minContentWidth: 0, defaultStringType, collectionStyle })),
          ),
        ),
      ),
    );
    const alarms = TEXTS.flatMap((text) => styles.flatMap((style) => findYamlMistakes(stringify(parse(text), style)).map((m) => m.message)));
    expect(alarms).toEqual([]);
  });
});
