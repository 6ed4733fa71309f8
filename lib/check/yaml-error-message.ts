import type { YAMLError } from 'yaml';

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
export function yamlErrorMessage(error: YAMLError, source: string): string {
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(source.slice(error.pos[0]).split('\n')[0] ?? '')?.[1];
    return key ? `the field "${key}" is written twice in the same place; keep one` : 'a field is written twice in the same place; keep one';
  }
  const original = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
  const hint = HINTS[error.code];
  return hint ? `${hint} (YAML: ${original})` : `YAML: ${original}`;
}
