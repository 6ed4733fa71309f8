import type { z } from 'zod';

import { explainIssue, type KnownKeys } from './explain-issue';
import { problem, type ContentProblem } from './problem';
import { keyPositionOf, positionOf, type YamlSource } from './yaml-source';

/** Validates a YAML document against a schema, placing every problem at its line and column. */
export function validateYaml<T extends z.ZodType>(
  source: YamlSource,
  schema: T,
  knownKeys: KnownKeys,
): { data: z.infer<T> | undefined; problems: ContentProblem[] } {
  const value = source.value;
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues
    .flatMap((issue) => explainIssue(issue, knownKeys))
    .map((explained) =>
      problem(source.file, explained.key ? keyPositionOf(source, explained.path, explained.key) : positionOf(source, explained.path), 'error', explained.message, explained.field),
    );
  return { data: undefined, problems };
}
