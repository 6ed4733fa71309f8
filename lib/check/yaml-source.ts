import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

import { problem, START, type ContentProblem, type Position } from './problem';
import { yamlErrorMessage } from './yaml-error-message';

/**
 * A YAML document read from a content file: its value, and the means to say
 * where each of its values stands in the file.
 *
 * Two parsers, for two jobs. js-yaml reads a sound file about ten times
 * faster than `yaml` (0.35 s against 3.5 s for 1,000 sets), and almost every
 * file is sound. `yaml` keeps every node's position and explains a broken
 * file precisely, so it parses a file again only when there is something to
 * point at: a syntax error, or a problem the checks find later.
 */
export interface YamlSource {
  file: string;
  text: string;
  /** The document as plain data (null for an empty document). */
  value: unknown;
  /** Lines above the YAML in its file: 1 for an article's frontmatter after its `---`. */
  lineOffset: number;
}

export type Path = readonly PropertyKey[];

interface Located {
  doc: Document;
  lineCounter: LineCounter;
}

const located = new WeakMap<YamlSource, Located>();

function locate(text: string): Located {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

function locatedOf(source: YamlSource): Located {
  let found = located.get(source);
  if (!found) located.set(source, (found = locate(source.text)));
  return found;
}

/**
 * What js-yaml and `yaml` may read differently. Content files need none of
 * it; a file with anything that might be one (even "5 ~ 3" in a value) goes
 * the slow way, and a property test holds the two readings together.
 * Several simple patterns, not one: they scan a file twice as fast.
 */
const BEYOND_PLAIN: readonly RegExp[] = [
  // tabs
  /\t/,
  // directives and document markers
  /^(?:\s*%|---|\.\.\.)/m,
  // a flow collection where a key goes, or one inside another
  /^[\s-]*[[{]|[[{,]\s*[[{]/m,
  // complex, empty or null keys, anchors, aliases, tags and "~", at the start or after a space or bracket
  /^(?:[?!~:]|[&*]\S|(?:null|Null|NULL) *:)/,
  /[\s[{,](?:[?!~:]|[&*]\S|(?:null|Null|NULL) *:)/,
  // a comment straight after a quote or bracket, which `yaml` refuses and js-yaml lets pass
  /["'\]}]#/,
  // a block scalar with an indentation digit
  /[|>][-+]?\d/,
];

/** Whether a document is plain enough to be read the fast way. */
export function isPlainYaml(text: string): boolean {
  return !BEYOND_PLAIN.some((pattern) => pattern.test(text));
}

/** The value of a sound, plain document, read the fast way; undefined when it may be anything else. */
function readSound(text: string): { value: unknown } | undefined {
  if (!isPlainYaml(text)) return undefined;
  try {
    // The core schema is YAML 1.2's, as `yaml` reads it: "2023-03-20" and "yes" stay strings.
    return { value: load(text, { schema: CORE_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}

export function parseYamlSource(file: string, text: string, lineOffset = 0): { source: YamlSource; problems: ContentProblem[] } {
  const sound = readSound(text);
  if (sound) return { source: { file, text, value: sound.value, lineOffset }, problems: [] };

  const found = locate(text);
  const { doc } = found;
  const source: YamlSource = { file, text, value: undefined, lineOffset };
  located.set(source, found);
  const problems: ContentProblem[] = [];
  if (doc.errors.length === 0) {
    try {
      source.value = doc.toJS();
    } catch (error) {
      // `yaml` finds an alias without its anchor only when it builds the value.
      const alias = /: (\S+)$/.exec(String(error))?.[1] ?? '';
      const at = offsetPosition(source, Math.max(0, text.indexOf(`*${alias}`)));
      problems.push(problem(file, at, 'error', `the alias "*${alias}" refers to no anchor "&${alias}" above it; write the value out in full`));
    }
  }
  // One problem a line: a single slip often upsets the parser several ways at once.
  const lines = new Set<number>();
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
  const { line, col } = locatedOf(source).lineCounter.linePos(offset);
  return { line: line + source.lineOffset, column: col };
}

function childOf(node: unknown, key: PropertyKey): unknown {
  if (isMap(node)) return node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key))?.value;
  if (isSeq(node) && typeof key === 'number') return node.items[key];
  return undefined;
}

/** The node at a path, or the deepest node on the way to it when the path does not exist. */
function nodeAt(source: YamlSource, path: Path): Node | null {
  let node: unknown = locatedOf(source).doc.contents;
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
