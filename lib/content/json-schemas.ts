import { z } from 'zod';

import { articleMetaSchema, questionSetSchema } from './schema';

/** The JSON Schema files editors use, generated from the zod schema: never written by hand. */
export const jsonSchemaFiles = {
  'content/schemas/question-set.schema.json': { schema: questionSetSchema, title: 'Close Reader question set' },
  'content/schemas/article-frontmatter.schema.json': { schema: articleMetaSchema, title: 'Close Reader article frontmatter' },
} as const;

export type JsonSchemaFile = keyof typeof jsonSchemaFiles;

/** The text of one JSON Schema file, as committed. */
export function renderJsonSchema(file: JsonSchemaFile): string {
  const { schema, title } = jsonSchemaFiles[file];
  // "input": what a teacher writes, so fields with defaults are optional.
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
