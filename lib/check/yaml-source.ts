import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError, type YAMLMap } from 'yaml';
import type { z } from 'zod';

import { explainIssue, type KnownKeys } from './explain-issue';
import { problem, START, type ContentProblem, type Position } from './problem';

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

/** What a YAML parser's complaint means for someone editing the file by hand. */
const HINTS: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'this line is indented differently from the lines it belongs with',
  MULTILINE_IMPLICIT_KEY: 'this line is indented differently from the lines around it, or a field is missing its colon',
  BLOCK_AS_IMPLICIT_KEY: 'this line is indented differently from the lines around it, or a field is missing its colon',
  MISSING_CHAR: 'a quotation mark or bracket is opened here but never closed',
  BAD_DQ_ESCAPE: 'a backslash in double quotes starts an escape; write \\\\ for a backslash, or use single quotes',
  MULTIPLE_DOCS: 'a content file holds one document: remove the extra "---" line',
  BAD_SCALAR_START: 'a value cannot start with this character unless it is in quotes',
  UNEXPECTED_TOKEN: 'unexpected text here; put values with colons, quotes or # in quotes',
};

/** A YAML parse error as a sentence, naming the repeated field for a duplicate key. */
function yamlErrorMessage(error: YAMLError, source: string): string {
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(source.slice(error.pos[0]).split('\n')[0] ?? '')?.[1];
    return key ? `the field "${key}" is written twice in the same place; keep one` : 'a field is written twice in the same place; keep one';
  }
  const original = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
  const hint = HINTS[error.code];
  return hint ? `${hint} (YAML: ${original})` : `YAML: ${original}`;
}

/** Reads a YAML document, with a problem for each line the parser complains about. */
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
  // One problem a line: a single slip often upsets the parser several ways at once.
  const lines = new Set<number>();
  for (const error of [...doc.errors, ...doc.warnings]) {
    const at = source.positionAt(error.code === 'MISSING_CHAR' ? openingQuote(text, error.pos[0]) : error.pos[0]);
    if (lines.has(at.line)) continue;
    lines.add(at.line);
    problems.push(problem(file, at, error.name === 'YAMLParseError' ? 'error' : 'warning', yamlErrorMessage(error, text)));
  }
  return { source, problems };
}

/**
 * The parser notices an unclosed quotation mark only at the end of the file;
 * the teacher needs the line where it was opened: the last quote mark, before
 * that point, that leaves an odd number of them on its line.
 */
function openingQuote(text: string, end: number): number {
  let lineEnd = end;
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    for (const mark of ['"', "'"]) {
      if (line.split(mark).length % 2 === 0) return lineStart + line.lastIndexOf(mark);
    }
    lineEnd = lineStart - 1;
  }
  return end;
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
