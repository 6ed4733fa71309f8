/**
 * The groups a YAML file is built of, as the line-by-line reading keeps them
 * (a group of fields, a list, a value on lines of its own), and how it
 * decides which of two lines that do not line up is the odd one: the one
 * the lines after them disagree with.
 */
import { laterDashes, laterFields, laterItemAt, type YamlLine } from './yaml-line';

export interface Block {
  kind: 'map' | 'seq' | 'scalar';
  column: number;
  /** The line that opened it: a map's first field, a seq's first item, a scalar's first line. */
  first: YamlLine;
  /** A map's fields so far, each with the line that wrote it. */
  fields: Map<string, YamlLine>;
  /** A map that is an item of a list (its first field follows a dash). */
  item: boolean;
  /** Columns of lines already reported as misplaced and taken to mean this block. */
  aliases: Set<number>;
  /** A list's items so far. */
  items: number;
  /** The column of the field a list is the value of (-1 at the top). */
  parent: number;
}

export const block = (kind: Block['kind'], column: number, first: YamlLine, item = false): Block => ({
  kind,
  column,
  first,
  fields: first.key !== undefined && kind === 'map' ? new Map([[first.key, first]]) : new Map(),
  item,
  aliases: new Set(),
  items: 1,
  parent: -1,
});

/** What the first line of a document may be: anything. */
export const ROOT = { parent: -1, list: true };

export const lastField = (map: Block) => [...map.fields.values()].at(-1);

/**
 * When `line` does not line up with the first (and only) field of `map`,
 * whether that first line is the odd one, and how: the fields after `line`
 * line up with it, and (for a list item) so do the later items' dashes, or
 * no other item follows and the dash is the slip.
 */
export function oddFirstLine(lines: readonly string[], map: Block, list: Block | undefined, line: YamlLine): 'field' | 'dash' | 'stray-dash' | undefined {
  if (map.fields.size !== 1) return undefined;
  const { atA: withLine, atB: withFirst } = laterFields(lines, line.index, line.indent, map.column);
  if (withLine <= withFirst) return undefined;
  const first = map.first;
  if (!map.item) return 'field';
  if (list?.kind !== 'seq' || list.items !== 1) return undefined;
  if (line.indent === list.column && !laterItemAt(lines, line.index, first.key, list.column)) return 'stray-dash';
  const dash = line.indent - (first.content - first.indent);
  return dash >= 0 && laterItemAt(lines, line.index, first.key, dash) ? 'dash' : undefined;
}

/**
 * Whether a list's first item, not its second, has its dash out of line:
 * the items after the second line up with it, or it stands under its field
 * as the file's lists usually do (`usual` spaces in) and the first does not.
 */
export function oddFirstItem(lines: readonly string[], list: Block, second: YamlLine, usual: number | undefined): boolean {
  if (list.items !== 1) return false;
  const { atA: withSecond, atB: withFirst } = laterDashes(lines, second.index, second.indent, list.column);
  if (withSecond !== withFirst) return withSecond > withFirst;
  return list.parent >= 0 && usual !== undefined && second.indent - list.parent === usual && list.column - list.parent !== usual;
}
