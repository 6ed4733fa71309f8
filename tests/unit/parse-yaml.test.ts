import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { ContentError } from '@/lib/content/content-error';
import { parseArticle } from '@/lib/content/parse-article';
import { parseYamlWith } from '@/lib/content/parse-yaml';

const schema = z.strictObject({ title: z.string(), count: z.number().default(0) });

function issuesOf(run: () => unknown): ContentError['issues'] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('parseYamlWith', () => {
  it('returns the validated data with defaults', () => {
    expect(parseYamlWith('f.yaml', 'title: Hello', schema)).toEqual({ title: 'Hello', count: 0 });
  });

  it.each([
    ['a wrong type', 'title: 5', [{ path: 'title', message: expect.stringContaining('string') }]],
    ['a missing key', 'count: 1', [{ path: 'title', message: expect.any(String) }]],
    ['an unknown key', 'title: x\nextra: 1', [{ path: '', message: 'Unrecognized key: "extra"' }]],
    ['two problems at once', 'title: 5\ncount: x', [{ path: 'title', message: expect.any(String) }, { path: 'count', message: expect.any(String) }]],
  ])('reports %s with its path', (_name, source, issues) => {
    expect(issuesOf(() => parseYamlWith('f.yaml', source, schema))).toEqual(issues);
  });

  it.each([
    ['a duplicate key', 'title: a\ntitle: b', /invalid YAML.*unique/],
    ['an unclosed flow sequence', 'title: [a, b', /invalid YAML/],
  ])('reports %s as invalid YAML', (_name, source, message) => {
    const [issue] = issuesOf(() => parseYamlWith('f.yaml', source, schema));
    expect(issue?.message).toMatch(message);
  });

  it('names the file in the error message', () => {
    expect(() => parseYamlWith('content/sets/s.yaml', 'title: 5', schema)).toThrow(/^content\/sets\/s\.yaml: title: /);
  });

  it('says on which line invalid YAML is', () => {
    const [issue] = issuesOf(() => parseYamlWith('f.yaml', 'title: a\ncount: 1\ntitle: b', schema));
    expect(issue?.message).toMatch(/line 3\b/);
  });

  it('counts lines from the top of an article file, past the opening "---"', () => {
    const source = '---\ntitle: T\nauthor: A\nauthor: B\npublication: P\npublished: 2023-03-20\n---\n\nText';
    const [issue] = issuesOf(() => parseArticle('a', 'a.md', source));
    expect(issue?.message).toMatch(/line 4\b/);
  });
});
