import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkLibrary } from '@/lib/check';
import { articleMetaSchema, questionSchema, questionSetSchema } from '@/lib/content';

const root = path.resolve(__dirname, '../..');
const guide = fs.readFileSync(path.join(root, 'docs/authoring.md'), 'utf8');
const yamlBlocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const seedArticle = { path: 'content/articles/xi-jinping-in-russia.md', bytes: fs.readFileSync(path.join(root, 'content/articles/xi-jinping-in-russia.md')) };
const HEADER = '# yaml-language-server: $schema=../schemas/question-set.schema.json\ntitle: Guide example\narticle: xi-jinping-in-russia\nmode: test\nquestions:\n';

describe('docs/authoring.md', () => {
  it.each(yamlBlocks.map((block, i) => [i + 1, block] as const))('example %i passes content:check against the seed article', (_n, block) => {
    const text = block.startsWith('  - id:') ? HEADER + block : block;
    const { problems } = checkLibrary([seedArticle, { path: 'content/sets/guide-example.yaml', bytes: new TextEncoder().encode(text) }]);
    expect(problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([]);
  });

  it('shows a complete example of every kind of question', () => {
    const kinds = questionSchema.options.map((o) => o.shape.kind.value);
    for (const kind of kinds) expect(yamlBlocks.some((b) => b.includes(`kind: ${kind}\n`)), kind).toBe(true);
  });

  it('explains every field of a set, of every question kind and of an article', () => {
    const fields = new Set([
      ...Object.keys(questionSetSchema.shape),
      ...questionSchema.options.flatMap((o) => Object.keys(o.shape)),
      ...Object.keys(articleMetaSchema.shape),
      'caption',
      'credit',
      'original',
      'corrected',
      'note',
    ]);
    for (const field of fields) expect(guide, field).toContain(`\`${field}\``);
  });

  it('quotes the drafting quality figures exactly as docs/drafting.md measures them', () => {
    const drafting = fs.readFileSync(path.join(root, 'docs/drafting.md'), 'utf8');
    const figures = [...drafting.matchAll(/\*\*((?:Who said|When): found [^*]+)\*\*/g)].map((m) => m[1] as string);
    expect(figures).toHaveLength(2);
    for (const figure of figures) expect(guide).toContain(figure);
  });

  it('is linked from the README', () => {
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('docs/authoring.md');
  });
});
