import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

import { problem, START, type ContentProblem, type Position } from './problem';
import { yamlErrorMessage } from './yaml-error-message';

/** A parsed YAML document that can say where each of its values stands in the file. */
export interface YamlSource {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  /** Lines above the YAML in its file: 1 for an article's frontmatter after its `---`. */
  lineOffset: number;
}

export type Path = readonly PropertyKey[];

export function parseYamlSource(file: string, text: string, lineOffset = 0): { source: YamlSource; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const source = { file, doc, lineCounter, lineOffset };
  // One problem a line: a single slip often upsets the parser several ways at once.
  const lines = new Set<number>();
  const problems: ContentProblem[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const at = offsetPosition(source, error.code === 'MISSING_CHAR' ? openingQuote(text, error.pos[0]) : error.pos[0]);
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

function offsetPosition(source: YamlSource, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line: line + source.lineOffset, column: col };
}

function childOf(node: unknown, key: PropertyKey): unknown {
  if (isMap(node)) return node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key))?.value;
  if (isSeq(node) && typeof key === 'number') return node.items[key];
  return undefined;
}

/** The node at a path, or the deepest node on the way to it when the path does not exist. */
function nodeAt(source: YamlSource, path: Path): Node | null {
  let node: unknown = source.doc.contents;
  let found: Node | null = (node as Node | null) ?? null;
  for (const key of path) {
    node = childOf(node, key);
    if (!node) break;
    if (isPair(node)) break;
    found = node as Node;
  }
  return found;
}

/** Where the value at a path starts in the file (its parent, if it is missing). */
export function positionOf(source: YamlSource, path: Path): Position {
  const node = nodeAt(source, path);
  return node?.range ? offsetPosition(source, node.range[0]) : START;
}

/** Where a key of the map at a path is written, for problems with the key itself. */
export function keyPositionOf(source: YamlSource, path: Path, key: string): Position {
  const map = nodeAt(source, path);
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair && isScalar(pair.key) && pair.key.range) return offsetPosition(source, pair.key.range[0]);
  }
  return positionOf(source, path);
}

/** The line the YAML starts on, for problems with the file as a whole. */
export function startOf(source: YamlSource): Position {
  return { line: 1 + source.lineOffset, column: 1 };
}
