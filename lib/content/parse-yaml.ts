import { parseDocument } from 'yaml';
import type { z } from 'zod';

import { ContentError, pathToString, type ContentIssue } from './content-error';

/** Parses YAML and validates it against a schema, collecting every problem. */
export function parseYamlWith<T extends z.ZodType>(file: string, source: string, schema: T, lineOffset = 0): z.infer<T> {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ContentError(
      file,
      doc.errors.map((error) => {
        const at = error.linePos?.[0];
        const where = at ? ` (line ${at.line + lineOffset}, column ${at.col})` : '';
        return { path: '', message: `invalid YAML${where}: ${error.message.split('\n')[0]}` };
      }),
    );
  }
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const issues: ContentIssue[] = result.error.issues.map((issue) => ({ path: pathToString(issue.path), message: issue.message }));
    throw new ContentError(file, issues);
  }
  return result.data;
}
