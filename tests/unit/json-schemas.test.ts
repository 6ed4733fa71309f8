import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { jsonSchemaFiles, renderJsonSchema, type JsonSchemaFile } from '@/lib/content';

const root = path.resolve(__dirname, '../..');

describe('the JSON Schema files for editors', () => {
  it.each(Object.keys(jsonSchemaFiles) as JsonSchemaFile[])('%s is what the zod schema generates (run "npm run content:schema" if not)', (file) => {
    expect(fs.readFileSync(path.join(root, file), 'utf8')).toBe(renderJsonSchema(file));
  });

  it('every question set names the question-set schema on its first line, for VS Code', () => {
    const dir = path.join(root, 'content/sets');
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      expect(fs.readFileSync(path.join(dir, name), 'utf8').split('\n')[0], name).toBe('# yaml-language-server: $schema=../schemas/question-set.schema.json');
    }
  });

  it('lists every question kind, so editors can complete "kind:"', () => {
    const schema = JSON.parse(renderJsonSchema('content/schemas/question-set.schema.json')) as { properties: { questions: { items: { oneOf: { properties: { kind: { const: string } } }[] } } } };
    expect(schema.properties.questions.items.oneOf.map((o) => o.properties.kind.const)).toEqual([
      'single-choice', 'multiple-select', 'claim', 'who-said', 'match-speakers', 'matching', 'date', 'numeric', 'order', 'short-text', 'cite-evidence',
    ]);
  });
});
