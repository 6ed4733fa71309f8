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
    ['a tab used to indent', 'a:\n\tb: 1\n', '2:1 error this line is indented with a tab; YAML allows only spaces for indentation: replace the tab with spaces'],
    ['a duplicate key', 'a: 1\na: 2\n', '2:1 error the field "a" is written twice in the same place; keep one'],
    ['an unclosed quote, at the line it opens', 'a: "open\nb: 2\n', '1:4 error a quotation mark is opened here but never closed; close it at the end of the value'],
    ['two documents', 'a: 1\n---\nb: 2\n', '2:1 error a content file holds one document: remove the extra "---" line (YAML: Source contains multiple documents; please use YAML.parseAllDocuments())'],
    ['a bad escape', 'a: "\\q"\n', '1:5 error a backslash in double quotes starts an escape; write \\\\ for a backslash, or use single quotes (YAML: Invalid escape sequence \\q)'],
    ['a field indented between two others', 'a:\n  b: 1\n c: 2\n', '3:2 error "c" is indented by 1 space, but "b" on line 2 by 2; fields that belong together line up: indent "c" by 2 spaces'],
    ['a colon in a plain value', 'a: b: c\n', '1:4 error the value of "a" contains ": ", which YAML reads as the start of a field; put the value in quotes: a: "b: c"'],
    ['a slip the line reading does not know, in the parser\'s words', 'a: [1, 2]]\n', '1:10 error unexpected text here; put values with colons, quotes or # in quotes (YAML: Unexpected flow-seq-end token in YAML stream: "]")'],
    ['an alias without its anchor', 'a: 1\nb: *nope\n', '2:4 error the alias "*nope" refers to no anchor "&nope" above it; write the value out in full'],
  ])('places %s', (_name, text, said) => {
    expect(problemsOf(text)).toEqual([said]);
    expect(parseYamlSource('x.yaml', text).source.value).toBeUndefined();
  });

  it('counts the lines above the YAML, as in an article after its "---"', () => {
    expect(parseYamlSource('x.md', 'a: 1\na: 2\n', 1).problems.map((p) => p.line)).toEqual([3]);
  });
});
