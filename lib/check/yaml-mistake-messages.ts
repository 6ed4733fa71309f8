/**
 * What each YAML slip is called when it is explained to a teacher: what is
 * wrong on the line, in the words of the file (its field names, its lines),
 * and what to write instead. Lines are counted from 1, indentation in spaces.
 */
import { stringify } from 'yaml';

import { closingQuote, type YamlLine } from './yaml-line';

const name = (line: YamlLine) => (line.key !== undefined ? `"${line.key}"` : 'this line');
const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
const lineNo = (line: YamlLine) => line.index + 1;
/** "indent X by N spaces", or "start X at the left edge" for none. */
const indentTo = (what: string, column: number) => (column === 0 ? `start ${what} at the left edge` : `indent ${what} by ${spaces(column)}`);

/** The value as YAML would write it in quotes (single quotes when it holds double ones), or a short "…" hint when it is long. */
function quoted(value: string): string {
  return value.length <= 60 ? stringify(value, { lineWidth: 0 }).trimEnd() : '"…"';
}

/** The line as it should be written, with its value in quotes. */
function rewritten(line: YamlLine, value: string): string {
  return `${line.key !== undefined ? `${line.key}: ` : line.dash ? '- ' : ''}${quoted(value)}`;
}

export const mistakeMessages = {
  indent: () => 'this line is indented differently from the lines around it; line it up with the lines it belongs with',

  tab: () => 'this line is indented with a tab; YAML allows only spaces for indentation: replace the tab with spaces',

  /** A field whose indentation matches no field it could belong with; `sibling` is the nearest one it should line up with. */
  fieldIndent: (line: YamlLine, sibling: YamlLine, column: number) =>
    sibling.dash
      ? `${name(line)} is indented by ${spaces(line.indent)}, but "${sibling.key ?? ''}" on line ${lineNo(sibling)}, after its dash, stands ${spaces(column)} in; the fields of a list item line up with the first one after its dash: indent ${name(line)} by ${spaces(column)}`
      : `${name(line)} is indented by ${spaces(line.indent)}, but "${sibling.key ?? ''}" on line ${lineNo(sibling)} by ${column}; fields that belong together line up: ${indentTo(name(line), column)}`,

  /** The first field of a group, not lined up with the fields that follow it. */
  firstFieldIndent: (first: YamlLine, next: YamlLine) =>
    `${name(first)} is indented by ${spaces(first.indent)}, but the fields that follow it ("${next.key ?? ''}" on line ${lineNo(next)}, …) by ${next.indent}; fields that belong together line up: ${indentTo(name(first), next.indent)}`,

  /** The first item of a list whose dash puts its first field out of line with the fields below it and with the other items. */
  firstDashIndent: (first: YamlLine, next: YamlLine, dash: number) =>
    `this item's dash is indented by ${spaces(first.indent)}, so "${first.key ?? ''}" after it stands ${spaces(first.content)} in, but the fields that follow it ("${next.key ?? ''}" on line ${lineNo(next)}, …) by ${next.indent}, and the dashes of the other items by ${dash}; indent the dash by ${spaces(dash)}`,

  /** The first item of a list, whose dash is not lined up with the items after it. */
  firstItemIndent: (first: YamlLine, next: YamlLine) =>
    `this item's dash is indented by ${spaces(first.indent)}, but the dash of the item after it (line ${lineNo(next)}) by ${next.indent}; the items of a list line up: indent the dash by ${spaces(next.indent)}`,

  /** A list item whose dash is not lined up with the dashes of its list. */
  dashIndent: (line: YamlLine, first: YamlLine) =>
    `this item's dash is indented by ${spaces(line.indent)}, but the dash of the first item of its list (line ${lineNo(first)}) by ${first.indent}; the items of a list line up: indent the dash by ${spaces(first.indent)} and its fields by ${first.content}`,

  /**
   * An item with no dash: a field repeating the one each item starts with,
   * a line lined up with the list's dashes, or a line just above or below an item.
   */
  missingDash: (line: YamlLine, item: YamlLine, dashColumn: number, how: 'repeated' | 'lined-up' | 'near') => {
    const fix = `start it with a dash indented by ${spaces(dashColumn)}: - ${line.text.trim()}`;
    if (how === 'near') return `this line has no dash, but it belongs with the list item on line ${lineNo(item)}; each item of a list starts with "- ": ${fix}`;
    const what =
      how === 'repeated'
        ? `"${line.key ?? ''}" is written again with no dash before it, so YAML reads it as a second "${line.key ?? ''}" of the item on line ${lineNo(item)}`
        : `this line is lined up with the dash of the list item on line ${lineNo(item)}, but has no dash`;
    return `${what}; each item of a list starts with "- ": if a new item starts here, ${fix}`;
  },

  /** A dash in front of a field of a group of fields, which is no list. */
  strayDash: (line: YamlLine, sibling: YamlLine | undefined) => {
    const around = sibling ? `"${sibling.key ?? ''}" on line ${lineNo(sibling)} is a field, not an item of a list` : 'the lines around it are fields, not items of a list';
    return `this line starts with a dash, which makes it an item of a list, but ${around}; remove the "- " and ${indentTo('the line', line.indent)}: ${line.text.slice(line.content).trimEnd()}`;
  },

  /** The same field twice in one group of fields. */
  duplicate: (key: string) => `the field "${key}" is written twice in the same place; keep one`,

  /** Text at the place of a field, without the colon that would make it one. */
  missingColon: (line: YamlLine) => {
    const [word, ...rest] = line.text.slice(line.content).trim().split(/\s+/);
    return `this line is not a field: write the field's name, a colon and a space, then its value, like "${word ?? ''}: ${rest.join(' ')}"`;
  },

  /** A plain value holding ": ", which YAML reads as another field inside it. */
  colonInValue: (line: YamlLine) =>
    `${line.key !== undefined ? `the value of "${line.key}"` : 'this value'} contains ": ", which YAML reads as the start of a field; put the value in quotes: ${rewritten(line, line.value)}`,

  /** A value that starts with a quotation mark and goes on after its closing mark. */
  quotedThenMore: (line: YamlLine, rest: string) => {
    const close = closingQuote(line.value, 0);
    const value = line.value.slice(0, close + 1) + line.value.slice(close + 1).replace(/\s+#.*$/, '');
    return `${line.key !== undefined ? `the value of "${line.key}"` : 'this value'} starts with a quotation mark, so YAML ends it at the closing mark and cannot read the rest ("${rest}"); put the whole value in quotes: ${rewritten(line, value)}`;
  },

  unclosedQuote: () => 'a quotation mark is opened here but never closed; close it at the end of the value',

  unclosedBracket: (bracket: string) => `this "${bracket}" is opened here but never closed; close it with "${bracket === '[' ? ']' : '}'}" at the end of the value`,
};
