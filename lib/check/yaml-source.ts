import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import type { z } from 'zod';

import { explainIssue, type KnownKeys } from './explain-issue';
import { problem, START, type ContentProblem, type Position } from '@/lib/content';
import { yamlSyntaxProblems } from './yaml-syntax-problems';

/**
 * A YAML document read from a content file: its value, and the parsed
 * document that says where each of its values stands in the file. `yaml` is
 * the one YAML reader for content, because it keeps every node's position:
 * every problem, from a syntax slip to a wrong answer, is placed at its line
 * and column.
 */
export interface YamlSource {
  file: string;
  /** The document as plain data (null for an empty document, undefined when it cannot be read). */
  value: unknown;
  doc: Document;
  /** The line and column of an offset in the YAML, counted in its file (an article's frontmatter starts below its `---`). */
  positionAt: (offset: number) => Position;
}

export type Path = readonly PropertyKey[];

/** Reads a YAML document, with a problem for each mistake in it, placed on the line where it is (yaml-syntax-problems.ts). */
export function parseYamlSource(file: string, text: string, lineOffset = 0): { source: YamlSource; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const positionAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const source: YamlSource = { file, value: undefined, doc, positionAt };
  const problems: ContentProblem[] = [];
  if (doc.errors.length === 0) {
    try {
      source.value = doc.toJS();
    } catch (error) {
      // `yaml` finds an alias without its anchor only when it builds the value.
      const alias = /: (\S+)$/.exec(String(error))?.[1] ?? '';
      const at = source.positionAt(Math.max(0, text.indexOf(`*${alias}`)));
      problems.push(problem(file, at, 'error', `the alias "*${alias}" refers to no anchor "&${alias}" above it; write the value out in full`));
    }
  }
  problems.push(...yamlSyntaxProblems(file, text, doc, positionAt, lineOffset));
  return { source, problems };
}

const pairOf = (map: YAMLMap, key: PropertyKey) => map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key));

/** The node at a path, or the deepest node on the way to it when the path does not exist. */
function nodeAt(source: YamlSource, path: Path): Node | null {
  let found = isNode(source.doc.contents) ? source.doc.contents : null;
  for (const key of path) {
    const child: unknown = isMap(found) ? pairOf(found, key)?.value : isSeq(found) && typeof key === 'number' ? found.items[key] : undefined;
    if (!isNode(child)) break;
    found = child;
  }
  return found;
}

/** Where the value at a path starts in the file (its parent, if it is missing). */
export function positionOf(source: YamlSource, path: Path): Position {
  const node = nodeAt(source, path);
  return node?.range ? source.positionAt(node.range[0]) : START;
}

/** Where a key of the map at a path is written, for problems with the key itself. */
export function keyPositionOf(source: YamlSource, path: Path, key: string): Position {
  const map = nodeAt(source, path);
  const written = isMap(map) ? pairOf(map, key)?.key : undefined;
  return isScalar(written) && written.range ? source.positionAt(written.range[0]) : positionOf(source, path);
}

/** Validates a YAML document against a schema, placing every problem at its line and column. */
export function validateYaml<T extends z.ZodType>(
  source: YamlSource,
  schema: T,
  knownKeys: KnownKeys,
): { data: z.infer<T> | undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(source.value, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues
    .flatMap((issue) => explainIssue(issue, knownKeys))
    .map((explained) =>
      problem(source.file, explained.key ? keyPositionOf(source, explained.path, explained.key) : positionOf(source, explained.path), 'error', explained.message, explained.field),
    );
  return { data: undefined, problems };
}
