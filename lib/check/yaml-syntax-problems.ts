/**
 * The problems of a YAML text that the `yaml` parser refused, said as a
 * teacher understands them. The line-by-line reading of yaml-mistakes.ts
 * names the slips people make by hand (indentation, tabs, dashes, colons and
 * quotes in values) at the line they are on; what it does not recognise is
 * reported in the parser's own words, with a hint, one problem a line.
 */
import type { Document, YAMLError } from 'yaml';

import { problem, type ContentProblem, type Position } from '@/lib/content';
import { findYamlMistakes } from './yaml-mistakes';

/** Parser complaints that a slip in indentation, dashes or quoting sets off, often lines away: the line reading explains those. */
const EXPLAINED_BY_LINES = new Set<YAMLError['code']>([
  'BAD_INDENT',
  'MULTILINE_IMPLICIT_KEY',
  'BLOCK_AS_IMPLICIT_KEY',
  'MISSING_CHAR',
  'TAB_AS_INDENT',
  'UNEXPECTED_TOKEN',
  'DUPLICATE_KEY',
]);

/** What a YAML parser's complaint means for someone editing the file by hand, where the line reading found nothing. */
const HINTS: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'this line is indented differently from the lines it belongs with',
  MULTILINE_IMPLICIT_KEY: 'this line is indented differently from the lines around it, or a field is missing its colon',
  BLOCK_AS_IMPLICIT_KEY: 'this line is indented differently from the lines around it, or a field is missing its colon',
  BAD_DQ_ESCAPE: 'a backslash in double quotes starts an escape; write \\\\ for a backslash, or use single quotes',
  MULTIPLE_DOCS: 'a content file holds one document: remove the extra "---" line',
  BAD_SCALAR_START: 'a value cannot start with this character unless it is in quotes',
  UNEXPECTED_TOKEN: 'unexpected text here; put values with colons, quotes or # in quotes',
};

const isUnclosedQuote = (error: YAMLError) => error.code === 'MISSING_CHAR' && /closing ["']?quote/.test(error.message);

/** A YAML parse error as a sentence, naming the repeated field for a duplicate key. */
function parserMessage(error: YAMLError, source: string): string {
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(source.slice(error.pos[0]).split('\n')[0] ?? '')?.[1];
    return key ? `the field "${key}" is written twice in the same place; keep one` : 'a field is written twice in the same place; keep one';
  }
  const original = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
  const hint = isUnclosedQuote(error) ? 'a quotation mark is opened here but never closed' : HINTS[error.code];
  return hint ? `${hint} (YAML: ${original})` : `YAML: ${original}`;
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

/**
 * The problems of a parsed YAML text, one a line: the slips the line reading
 * finds, with the parser's complaints it does not explain, or else every
 * complaint of the parser. `lineOffset` counts the lines above the YAML (an
 * article's `---`).
 */
export function yamlSyntaxProblems(file: string, text: string, doc: Document, positionAt: (offset: number) => Position, lineOffset: number): ContentProblem[] {
  const mistakes = doc.errors.length > 0 ? findYamlMistakes(text) : [];
  const problems = mistakes.map((m) => problem(file, { line: m.line + 1 + lineOffset, column: m.column + 1 }, 'error', m.message));
  const lines = new Set(problems.map((p) => p.line));
  const complaints = [...doc.errors, ...doc.warnings].filter((error) => mistakes.length === 0 || !EXPLAINED_BY_LINES.has(error.code));
  for (const error of complaints) {
    const at = positionAt(isUnclosedQuote(error) ? openingQuote(text, error.pos[0]) : error.pos[0]);
    if (lines.has(at.line)) continue;
    lines.add(at.line);
    problems.push(problem(file, at, error.name === 'YAMLParseError' ? 'error' : 'warning', parserMessage(error, text)));
  }
  return problems;
}
