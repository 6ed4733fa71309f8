/**
 * Finds the line a YAML mistake is on, as a person reading the file would.
 *
 * The `yaml` parser notices a slip where the structure stops making sense,
 * often a line or more later, and names it in the grammar's words ("Nested
 * mappings are not allowed in compact mappings"). This walks the lines with
 * what a teacher sees: which fields line up with which, where a list's dashes
 * stand, and how each value is written; it names the first line that breaks
 * the pattern around it and says how to write it. It is asked only about a
 * file the parser refused, and assumes block style, as content files are.
 */
import { block, lastField, oddFirstItem, oddFirstLine, ROOT, type Block } from './yaml-block';
import { isStructural, readYamlLine, usualListOffset, type YamlLine } from './yaml-line';
import { mistakeMessages as say } from './yaml-mistake-messages';
import { readValue } from './yaml-value';

/** A mistake at a 0-based line and column. */
export interface YamlMistake {
  line: number;
  column: number;
  message: string;
}

/** The walk through a file's lines: the groups open at each line (outermost first), what the line above expects below it, and the mistakes found. */
class Walk {
  readonly mistakes: YamlMistake[] = [];

  constructor(private readonly lines: readonly string[]) {}

  private stack: Block[] = [];
  /** The column children must be deeper than, after a field with no value on its line. */
  private open: { parent: number; list: boolean } | null = ROOT;
  /** After a tab-indented line, the column below which lines are read again. */
  private skipDeeperThan: number | null = null;
  /** How far lists in this file stand in from the field they belong to, once asked. */
  private usualOffset: number | undefined | null = null;
  /** The column a plain value's owner stands at: deeper lines without a field continue it. */
  private plainOwner: number | null = null;

  report(line: YamlLine, column: number, message: string) {
    this.mistakes.push({ line: line.index, column, message });
  }

  /** A tab-indented line stands nowhere: the lines deeper than the group around it are taken as its content, not as more mistakes. */
  skipTabbed() {
    this.plainOwner = null;
    this.open = null;
    this.skipDeeperThan = this.stack.at(-1)?.column ?? -1;
  }

  reset() {
    this.skipDeeperThan = null;
    this.stack = [];
    this.open = ROOT;
    this.plainOwner = null;
  }

  /** Places a line in the structure above it, reporting it when it fits nowhere; false for a line that continues a plain value. */
  place(line: YamlLine): boolean {
    if (this.skipDeeperThan !== null && line.indent > this.skipDeeperThan) return false;
    this.skipDeeperThan = null;
    const plainOwner = this.plainOwner;
    this.plainOwner = null;
    if (plainOwner !== null && line.indent > plainOwner && line.key === undefined && !line.dash) {
      this.plainOwner = plainOwner;
      return false;
    }
    this.placeStructural(line);
    return true;
  }

  private placeStructural(line: YamlLine): void {
    const open = this.open;
    this.open = null;
    if (open && (line.indent > open.parent || (line.dash && open.list && line.indent === open.parent))) return this.start(line, open.parent);
    const at = this.blockAt(line);
    if (!at) return this.misplaced(line);
    if (at.kind === 'scalar') {
      this.popAbove(at);
      if (!line.dash) return;
      this.report(at.first, at.first.indent, say.missingDash(at.first, line, at.column, 'near'));
      at.kind = 'seq';
      at.first = line;
      return this.startItem(line);
    }
    if (at.kind === 'seq') return this.inList(at, line);
    if (line.dash) {
      const list = this.listFor(line);
      if (list) return this.misplacedItem(line, list);
      this.report(line, line.indent, say.strayDash(line, lastField(at)));
    }
    this.popAbove(at);
    this.field(at, line);
  }

  /** A line lined up with a list's dashes: a new item, the next field of the group that holds the list, or an item missing its dash. */
  private inList(list: Block, line: YamlLine) {
    if (line.dash) {
      this.popAbove(list);
      list.items++;
      return this.startItem(line);
    }
    const owner = this.stack[this.stack.indexOf(list) - 1];
    if (owner?.kind === 'map' && owner.column === line.indent) {
      this.popAbove(owner);
      return this.field(owner, line);
    }
    if (line.key !== undefined && line.key !== list.first.key) return this.misplaced(line);
    this.report(line, line.indent, say.missingDash(line, list.first, list.column, 'lined-up'));
    this.popAbove(list);
    this.stack.push(block('map', list.first.content, line, true));
  }

  /** The innermost block a line at its indentation belongs to. */
  private blockAt(line: YamlLine): Block | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const candidate = this.stack[i];
      if (candidate && (candidate.column === line.indent || candidate.aliases.has(line.indent))) return candidate;
    }
    return undefined;
  }

  private popAbove(b: Block) {
    this.stack.length = this.stack.indexOf(b) + 1;
  }

  /** The list a misplaced dash most likely meant: the innermost whose items start with the same field. */
  private listFor(line: YamlLine): Block | undefined {
    const lists = this.stack.filter((b) => b.kind === 'seq');
    return line.key === undefined ? undefined : [...lists].reverse().find((b) => b.first.key === line.key);
  }

  /** A line starting what the line above opened: a nested group of fields, a list, or a value. */
  private start(line: YamlLine, parent: number) {
    if (line.dash) {
      this.stack.push({ ...block('seq', line.indent, line), parent });
      return this.startItem(line);
    }
    this.stack.push(block(line.key !== undefined ? 'map' : 'scalar', line.indent, line));
  }

  private startItem(line: YamlLine) {
    if (line.key !== undefined) this.stack.push(block('map', line.content, line, true));
  }

  /** A field of a group of fields; a repeated field is reported, and read as a new item when it is the one that starts each item. */
  private field(map: Block, line: YamlLine) {
    if (line.key === undefined) return this.report(line, line.content, say.missingColon(line));
    const earlier = map.fields.get(line.key);
    if (earlier) {
      const list = this.stack[this.stack.indexOf(map) - 1];
      if (map.item && list?.kind === 'seq' && map.first.key === line.key) {
        this.report(line, line.indent, say.missingDash(line, list.first, list.column, 'repeated'));
        map.fields = new Map([[line.key, line]]);
        map.first = line;
        return;
      }
      this.report(line, line.content, say.duplicate(line.key));
    }
    map.fields.set(line.key, line);
  }

  /** A line at an indentation no block around it uses. */
  private misplaced(line: YamlLine) {
    const top = this.stack.at(-1);
    if (line.dash && top?.kind === 'scalar') {
      // A field's value on its own line, then list items: the value is the first item, missing its dash.
      this.report(top.first, top.first.indent, say.missingDash(top.first, line, line.indent, 'near'));
      this.stack.pop();
      this.stack.push(block('seq', line.indent, line));
      return this.startItem(line);
    }
    // An item whose fields start like an earlier group's: that group was the list's first item, missing its dash.
    const dashless = line.dash ? this.stack.find((b) => b.kind === 'map' && !b.item && b.first.key === line.key && b.column === line.content) : undefined;
    if (dashless) {
      this.report(dashless.first, dashless.first.indent, say.missingDash(dashless.first, line, line.indent, 'near'));
      this.stack.length = this.stack.indexOf(dashless);
      this.stack.push({ ...block('seq', line.indent, line), items: 2 });
      return this.startItem(line);
    }
    if (line.dash) {
      const list = this.listFor(line) ?? [...this.stack].reverse().find((b) => b.kind === 'seq');
      if (list) return this.misplacedItem(line, list);
    }
    const maps = this.stack.filter((b) => b.kind === 'map');
    const nearest = maps.reduce<Block | undefined>((best, b) => (!best || Math.abs(b.column - line.indent) <= Math.abs(best.column - line.indent) ? b : best), undefined);
    const sibling = nearest && lastField(nearest);
    if (!nearest || !sibling) return this.report(line, line.indent, say.indent());
    if (line.dash) {
      this.report(line, line.indent, say.strayDash(line, sibling));
    } else if (!this.firstIsOdd(nearest, line)) {
      this.report(line, line.indent, say.fieldIndent(line, sibling, nearest.column));
    }
    this.popAbove(nearest);
    if (!this.stack.some((b) => b.column === line.indent)) nearest.aliases.add(line.indent);
    if (line.key !== undefined) nearest.fields.set(line.key, line);
  }

  /** Whether the group's first line, not `line`, is the odd one out (yaml-block.ts); reports the first line when it is. */
  private firstIsOdd(map: Block, line: YamlLine): boolean {
    const list = this.stack[this.stack.indexOf(map) - 1];
    const odd = oddFirstLine(this.lines, map, list, line);
    const first = map.first;
    if (odd === 'field') this.report(first, first.indent, say.firstFieldIndent(first, line));
    if (odd === 'dash' && list) {
      const dash = line.indent - (first.content - first.indent);
      this.report(first, first.indent, say.firstDashIndent(first, line, dash));
      list.aliases.add(dash);
    }
    if (odd === 'stray-dash' && list) {
      // The group is no list: its first field is read as the others' sibling from now on.
      this.report(first, first.indent, say.strayDash(first, line));
      this.stack.splice(this.stack.indexOf(list), 1);
      map.column = line.indent;
      map.item = false;
    }
    return odd !== undefined;
  }

  /** A list item whose dash is not lined up with its list's. */
  private misplacedItem(line: YamlLine, list: Block) {
    if (oddFirstItem(this.lines, list, line, (this.usualOffset ??= usualListOffset(this.lines)))) this.report(list.first, list.first.indent, say.firstItemIndent(list.first, line));
    else this.report(line, line.indent, say.dashIndent(line, list.first));
    this.popAbove(list);
    list.aliases.add(line.indent);
    list.items++;
    this.startItem(line);
  }

  /** Reads the value a placed line holds, reporting how it is written wrongly; returns how many of the following lines it spans. */
  value(line: YamlLine): number {
    const reading = readValue(line, this.lines);
    if (reading.mistake) this.report(line, line.valueColumn, reading.mistake);
    this.open = reading.opens ?? null;
    this.plainOwner = reading.plainOwner ?? null;
    return reading.span;
  }
}

/** The mistakes in a YAML text, in file order, each at the line and column where it is. */
export function findYamlMistakes(text: string): YamlMistake[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const walk = new Walk(lines);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    if (text.trim() === '---') walk.reset();
    if (!isStructural(text)) continue;
    const line = readYamlLine(text, i);
    if (line.tab !== undefined) {
      walk.report(line, line.tab, say.tab());
      walk.skipTabbed();
      continue;
    }
    if (walk.place(line)) i += walk.value(line);
  }
  return walk.mistakes.sort((a, b) => a.line - b.line || a.column - b.column);
}
