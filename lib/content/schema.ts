/**
 * The one source of truth for content files: articles (Markdown with YAML
 * frontmatter) and question sets (YAML), whose questions are in
 * question-schema.ts. Types, validation, error messages and the JSON Schema
 * files editors use all come from here.
 */
import { z } from 'zod';

import { platformsFileSchema } from './platform-schema';
import { questionSchema, slugSchema, text } from './question-schema';

export const feedbackModes = ['practice', 'test'] as const;
export type FeedbackMode = (typeof feedbackModes)[number];

/** Which of a student's graded attempts the gradebook keeps. */
export const keptAttempts = ['best', 'last'] as const;

export const correctionSchema = z.strictObject({
  original: text.describe('What the source printed.'),
  corrected: text.describe('What this copy prints instead.'),
  note: text.optional().describe('Why the change was made.'),
});

export const articleMetaSchema = z.strictObject({
  title: text,
  dek: text.optional().describe('The standfirst under the headline.'),
  author: text,
  publication: text,
  published: z.iso.date('write the date as YYYY-MM-DD'),
  url: z.url().optional().describe('Where the article was first published.'),
  image: z
    .strictObject({
      caption: text,
      credit: text,
    })
    .optional()
    .describe('The lead image, described in words (no image file is shown).'),
  corrections: z.array(correctionSchema).default([]),
});

export const questionSetSchema = z
  .strictObject({
    title: text,
    article: slugSchema.describe('The file name of the article in content/articles, without .md.'),
    audience: text.optional().describe('Who the set is written for, like "Grades 9–12".'),
    description: text.optional(),
    mode: z.enum(feedbackModes).describe('practice: check each question at once; test: feedback after Submit.'),
    assessment: z
      .boolean()
      .default(false)
      .describe(
        "Graded through the class's learning platform (LTI): answers are scored only inside a launch, and the right answers are shown only after the student's last graded attempt. Needs mode: test.",
      ),
    attempts: z.number().int().min(1).max(20).default(1).describe('Graded attempts per student in a learning platform; later submissions are practice. 1 if left out.'),
    keep: z.enum(keptAttempts).default('best').describe("Which graded attempt's score the gradebook keeps: best (the default) or last."),
    questions: z.array(questionSchema).min(1, 'a set needs at least one question'),
  })
  .superRefine((set, ctx) => {
    if (set.assessment && set.mode !== 'test') {
      ctx.addIssue({ code: 'custom', message: 'an assessment gives no feedback before it is submitted: write mode: test', path: ['mode'] });
    }
    const seen = new Set<string>();
    set.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', message: `id "${q.id}" is used twice`, path: ['questions', i, 'id'] });
      seen.add(q.id);
    });
  });

export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type QuestionSetFile = z.infer<typeof questionSetSchema>;

/** The JSON Schema files editors use, generated from the zod schema: never written by hand. */
export const jsonSchemaFiles = {
  'content/schemas/question-set.schema.json': { schema: questionSetSchema, title: 'Close Reader question set' },
  'content/schemas/article-frontmatter.schema.json': { schema: articleMetaSchema, title: 'Close Reader article frontmatter' },
  'content/schemas/lti-platforms.schema.json': { schema: platformsFileSchema, title: 'Close Reader LTI platforms' },
} as const;

export type JsonSchemaFile = keyof typeof jsonSchemaFiles;

/** The first line of a question-set file: editors with the YAML extension check the file against its JSON Schema as it is typed. */
export const SET_SCHEMA_LINE = '# yaml-language-server: $schema=../schemas/question-set.schema.json';

/** The text of one JSON Schema file, as committed. */
export function renderJsonSchema(file: JsonSchemaFile): string {
  const { schema, title } = jsonSchemaFiles[file];
  // "input": what a teacher writes, so fields with defaults are optional.
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
