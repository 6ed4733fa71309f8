/**
 * One line of a block-style YAML file, read the way a person lines it up:
 * its indentation, its dash, its field name and what follows. This is not a
 * YAML parser (the `yaml` library is); it reads only as much as is needed to
 * say which line a parse error really comes from, so it assumes the block
 * style content files are written in.
 */

export interface YamlLine {
  /** 0-based index of the line in the text. */
  index: number;
  text: string;
  /** Spaces before the first character (or before the first tab). */
  indent: number;
  /** 0-based column of a tab among the leading blanks, if there is one. */
  tab?: number;
  /** True when the line starts with "- ", an item of a list. */
  dash: boolean;
  /** 0-based column of what follows the dash (the indent, without a dash). */
  content: number;
  /** The field name, when the line is `name: …`. */
  key?: string;
  /** 0-based column where the value starts, and the value as written (its comment removed); '' when nothing follows. */
  valueColumn: number;
  value: string;
}

/** Blank lines, comments and document markers carry no structure. */
export function isStructural(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && !trimmed.startsWith('#') && trimmed !== '---' && trimmed !== '...';
}

/** Where a quoted scalar starting at `start` closes (the index of its closing mark), or -1. */
export function closingQuote(text: string, start: number): number {
  const mark = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (mark === '"' && text[i] === '\\') i++;
    else if (text[i] === mark) {
      if (mark === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** A plain value without its trailing comment (" #", or "#" first, starts one). */
export const withoutComment = (value: string) => value.replace(/(?:^|\s+)#.*$/, '').trimEnd();

/** Reads one line; `index` is its place in the file. */
export function readYamlLine(text: string, index: number): YamlLine {
  const blanks = /^[ \t]*/.exec(text)?.[0] ?? '';
  const tab = blanks.indexOf('\t');
  const indent = tab === -1 ? blanks.length : tab;
  const dashed = /^-(?:[ \t]+|$)/.exec(text.slice(blanks.length));
  const content = blanks.length + (dashed?.[0].length ?? 0);
  const rest = text.slice(content);
  const line: YamlLine = { index, text, indent, dash: dashed !== null, content, valueColumn: content, value: '' };
  if (tab !== -1) line.tab = tab;

  let keyEnd = -1;
  if (rest.startsWith('"') || rest.startsWith("'")) {
    const close = closingQuote(rest, 0);
    if (close !== -1 && /^\s*:(?:\s|$)/.test(rest.slice(close + 1))) keyEnd = close + 1;
  } else if (!/^[[{|>#]/.test(rest)) {
    const colon = rest.search(/:(?:\s|$)/);
    if (colon > 0 && !/\s#/.test(rest.slice(0, colon))) keyEnd = colon;
  }
  if (keyEnd === -1) {
    line.value = rest.startsWith('"') || rest.startsWith("'") ? rest.trimEnd() : withoutComment(rest);
    return line;
  }
  line.key = rest.slice(0, keyEnd).trim().replace(/^(["'])(.*)\1$/, '$2');
  const after = rest.slice(keyEnd + 1);
  const gap = /^\s*/.exec(after)?.[0].length ?? 0;
  line.valueColumn = content + keyEnd + 1 + gap;
  const value = after.slice(gap);
  line.value = value.startsWith('"') || value.startsWith("'") ? value.trimEnd() : withoutComment(value);
  return line;
}

/** The structural lines after `from`, read, while `keep` holds. */
function* linesAfter(lines: readonly string[], from: number): Generator<YamlLine> {
  for (let i = from + 1; i < lines.length; i++) {
    const text = lines[i] ?? '';
    if (isStructural(text)) yield readYamlLine(text, i);
  }
}

/**
 * How many fields after line `from`, in the same group, stand at column `a`
 * and how many at `b`: the majority says which of two lines is the odd one.
 */
export function laterFields(lines: readonly string[], from: number, a: number, b: number): { atA: number; atB: number } {
  const counts = { atA: 0, atB: 0 };
  for (const line of linesAfter(lines, from)) {
    if (line.indent < Math.min(a, b)) break;
    if (line.dash || line.key === undefined) continue;
    if (line.indent === a) counts.atA++;
    else if (line.indent === b) counts.atB++;
  }
  return counts;
}

/** Whether a later item of the list, starting with the same field, has its dash at `column`. */
export function laterItemAt(lines: readonly string[], from: number, key: string | undefined, column: number): boolean {
  for (const line of linesAfter(lines, from)) {
    if (line.indent < column) return false;
    if (line.dash && line.indent === column && line.key === key) return true;
  }
  return false;
}

/** How many list items after line `from`, before the list ends, have their dash at column `a` and how many at `b`. */
export function laterDashes(lines: readonly string[], from: number, a: number, b: number): { atA: number; atB: number } {
  const counts = { atA: 0, atB: 0 };
  for (const line of linesAfter(lines, from)) {
    if (line.indent < Math.min(a, b)) break;
    if (!line.dash) continue;
    if (line.indent === a) counts.atA++;
    else if (line.indent === b) counts.atB++;
  }
  return counts;
}

/** How many spaces a list's dashes usually stand in from the field whose value it is, in this file (the most common). */
export function usualListOffset(lines: readonly string[]): number | undefined {
  const offsets = new Map<number, number>();
  let field: YamlLine | undefined;
  for (const line of linesAfter(lines, -1)) {
    if (field && line.dash) offsets.set(line.indent - field.content, (offsets.get(line.indent - field.content) ?? 0) + 1);
    field = line.key !== undefined && line.value === '' ? line : undefined;
  }
  return [...offsets].sort((x, y) => y[1] - x[1])[0]?.[0];
}
