import { describe, expect, it } from 'vitest';

import { parseYamlSource } from '@/lib/check';

/** The problems of a document, as "line:column severity message". */
const problemsOf = (text: string) => parseYamlSource('x.yaml', text).problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`);

describe('parseYamlSource', () => {
  it('reads values as YAML 1.2 does: "yes" and dates stay text', () => {
    const { source, problems } = parseYamlSource('x.yaml', 'a: yes\nb: no\nc: true\nd: 2023-03-20\ne: 0o17\nf: ~\ng: 1e3\nh: 12:30\n');
    expect(problems).toEqual([]);
    expect(source.value).toEqual({ a: 'yes', b: 'no', c: true, d: '2023-03-20', e: 15, f: null, g: 1000, h: '12:30' });
  });

  it.each([
    ['an empty file', '', null],
    ['only a comment', '# nothing here\n', null],
    ['a byte-order mark', '\uFEFFa: 1\n', { a: 1 }],
  ])('reads %s', (_name, text, value) => {
    const { source, problems } = parseYamlSource('x.yaml', text);
    expect(problems).toEqual([]);
    expect(source.value).toEqual(value);
  });

  it.each([
    ['a tab used to indent', 'a:\n\tb: 1\n', '2:1 error indent with spaces, not tabs (YAML: Tabs are not allowed as indentation)'],
    ['a duplicate key', 'a: 1\na: 2\n', '2:1 error the field "a" is written twice in the same place; keep one'],
    ['an unclosed quote, at the line it opens', 'a: "open\nb: 2\n', '1:4 error a quotation mark or bracket is opened here but never closed (YAML: Missing closing "quote)'],
    ['two documents', 'a: 1\n---\nb: 2\n', '2:1 error a content file holds one document: remove the extra "---" line (YAML: Source contains multiple documents; please use YAML.parseAllDocuments())'],
    ['a bad escape', 'a: "\\q"\n', '1:5 error a backslash in double quotes starts an escape; write \\\\ for a backslash, or use single quotes (YAML: Invalid escape sequence \\q)'],
    ['a bad indent', 'a:\n  b: 1\n c: 2\n', '3:1 error this line is indented differently from the lines it belongs with (YAML: All mapping items must start at the same column)'],
    ['a colon in a plain value', 'a: b: c\n', '1:4 error this line is indented differently from the lines around it, or a field is missing its colon (YAML: Nested mappings are not allowed in compact mappings)'],
    ['an alias without its anchor', 'a: 1\nb: *nope\n', '2:4 error the alias "*nope" refers to no anchor "&nope" above it; write the value out in full'],
  ])('places %s', (_name, text, said) => {
    expect(problemsOf(text)).toEqual([said]);
    expect(parseYamlSource('x.yaml', text).source.value).toBeUndefined();
  });

  it('counts the lines above the YAML, as in an article after its "---"', () => {
    expect(parseYamlSource('x.md', 'a: 1\na: 2\n', 1).problems.map((p) => p.line)).toEqual([3]);
  });
});
