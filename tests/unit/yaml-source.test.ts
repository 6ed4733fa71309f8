import fs from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

import { isPlainYaml, parseYamlSource } from '@/lib/check';

/**
 * parseYamlSource reads sound files with js-yaml, for speed, and leaves the
 * rest to `yaml`. The two must agree: the fast path may never accept what
 * `yaml` would complain about, nor read a value differently.
 */
function expectSameAsYaml(text: string) {
  const doc = parseDocument(text, { uniqueKeys: true });
  const complaints = doc.errors.length + doc.warnings.length + (doc.errors.length === 0 && unresolvable(text) ? 1 : 0);
  const { source, problems } = parseYamlSource('x.yaml', text);
  expect(problems.length > 0, `problems for ${JSON.stringify(text)}`).toBe(complaints > 0);
  if (problems.length === 0) expect(source.value, `value of ${JSON.stringify(text)}`).toEqual(doc.toJS());
}

/** `yaml` reports an alias without its anchor only when it builds the value. */
const unresolvable = (text: string) => {
  try {
    parseDocument(text).toJS();
    return false;
  } catch {
    return true;
  }
};

const root = path.resolve(__dirname, '../..');
const yamlFiles = (dir: string) =>
  fs
    .readdirSync(path.join(root, dir))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => path.join(dir, name));

describe('parseYamlSource', () => {
  it.each([
    ['an empty file', ''],
    ['only a comment', '# nothing here\n'],
    ['plain scalars of every core type', 'a: yes\nb: no\nc: on\nd: true\ne: 2023-03-20\nf: 0o17\ng: 017\nh: .inf\ni: ~\nj: null\nk: 1e3\nl: 0x1F\nm: 12:30\n'],
    ['quoted strings and escapes', `a: "caf\\u00e9 \\x41 \\t"\nb: 'it''s'\nc: "a \\"quote\\""\n`],
    ['block scalars', 'a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n'],
    ['flow collections', 'a: [1, "two", {three: 3}]\nb: {}\n'],
    ['anchors and aliases', 'a: &x hello\nb: *x\n'],
    ['a merge key (not special in YAML 1.2)', 'base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n'],
    ['explicit tags', 'a: !!str 5\nb: !!int "7"\n'],
    ['a custom tag', 'a: !thing 5\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a YAML 1.1 directive', '%YAML 1.1\n---\na: yes\n'],
    ['a complex key', '? [a, b]\n: value\n'],
    ['a key with a colon in quotes', '"a: b": c\n'],
    ['a tab used to indent', 'a:\n\tb: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an unclosed quote', 'a: "open\nb: 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a bad escape', 'a: "\\q"\n'],
    ['a bad indent', 'a:\n  b: 1\n c: 2\n'],
    ['a colon in a plain value', 'a: b: c\n'],
    ['a byte-order mark', '\uFEFFa: 1\n'],
  ])('%s', (_name, text) => expectSameAsYaml(text));

  it.each([...yamlFiles('content/sets'), ...yamlFiles('tests/fixtures/content-check')])('%s', (file) => {
    expectSameAsYaml(fs.readFileSync(path.join(root, file), 'utf8'));
  });

  it.each(yamlFiles('content/sets'))('reads %s the fast way', (file) => {
    expect(isPlainYaml(fs.readFileSync(path.join(root, file), 'utf8'))).toBe(true);
  });

  it('places an alias without its anchor', () => {
    const { problems } = parseYamlSource('x.yaml', 'a: 1\nb: *nope\n');
    expect(problems).toEqual([
      { file: 'x.yaml', line: 2, column: 4, severity: 'error', message: 'the alias "*nope" refers to no anchor "&nope" above it; write the value out in full' },
    ]);
  });

  it('agrees with yaml on any small document', () => {
    const token = fc.constantFrom('a', 'b', ':', ': ', '- ', '\n', '  ', '\t', '"', "'", '#', '[', ']', '{', '}', ',', '&x', '*x', '!!str ', '|', '>', '? ', '---', '...', '\\', 'yes', '1', '~', '%', 'null', '0o7', '.5', '"\\u00e9"', '😀');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 16 }), (tokens) => expectSameAsYaml(tokens.join(''))),
      { numRuns: 3000, seed: 20261130 },
    );
  });
});
