/**
 * How the value on a line of YAML is written, and how far it runs: a plain
 * value, quotes, brackets or a block (`|`, `>`), and the ways each goes wrong
 * when a file is written by hand (a colon in a plain value, text after the
 * closing quotation mark, a quotation mark or bracket never closed).
 */
import { closingQuote, isStructural, withoutComment, type YamlLine } from './yaml-line';
import { mistakeMessages as say } from './yaml-mistake-messages';

/** The ways a value written on one line can go wrong, as the line shows them. */
export type ValueShape =
  | { shape: 'plain' | 'empty' | 'block' | 'flow' }
  | { shape: 'quoted'; closed: boolean }
  | { shape: 'quoted-then-more'; rest: string }
  | { shape: 'colon' }
  | { shape: 'unclosed-flow'; depth: number };

/** How many brackets a flow value leaves open at the end of its line (quotes skipped). */
export function openBrackets(text: string, depth = 0): number {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = closingQuote(text, i);
      if (close === -1) return depth;
      i = close;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

/** What kind of value a line holds, and whether it is written so YAML reads it as meant. */
export function valueShape(value: string): ValueShape {
  // An anchor or a tag alone (`&name`, `!tag`) leaves the value to the lines below.
  if (value === '' || /^(?:[&!]\S*\s*)+$/.test(value)) return { shape: 'empty' };
  if (/^[|>][-+0-9]*$/.test(value)) return { shape: 'block' };
  if (value.startsWith('"') || value.startsWith("'")) {
    const close = closingQuote(value, 0);
    if (close === -1) return { shape: 'quoted', closed: false };
    const rest = withoutComment(value.slice(close + 1)).trim();
    return rest === '' ? { shape: 'quoted', closed: true } : { shape: 'quoted-then-more', rest };
  }
  if (value.startsWith('[') || value.startsWith('{')) {
    const depth = openBrackets(value);
    return depth > 0 ? { shape: 'unclosed-flow', depth } : { shape: 'flow' };
  }
  if (/:(?:\s|$)/.test(value)) return { shape: 'colon' };
  return { shape: 'plain' };
}

export interface ValueReading {
  /** How many lines after this one the value runs over. */
  span: number;
  /** What is wrong with how the value is written, said for a teacher. */
  mistake?: string;
  /** Nothing follows the field or dash: the lines below hold its value, deeper than `parent` (or, for a list, at it). */
  opens?: { parent: number; list: boolean };
  /** A plain value, owned by a field or dash at this column: deeper lines without a field continue it. */
  plainOwner?: number;
}

const indentOf = (text: string) => /^ */.exec(text)?.[0].length ?? 0;

/** How many lines after `index` satisfy `keep`, counted until the first that does not. */
function spanWhile(lines: readonly string[], index: number, keep: (text: string) => boolean): number {
  let n = 0;
  while (index + n + 1 < lines.length && keep(lines[index + n + 1] ?? '')) n++;
  return n;
}

/** A quoted value going on to the next lines: how far it runs to its closing mark, or -1 if it never closes. */
function quoteSpan(line: YamlLine, lines: readonly string[]): number {
  const mark = line.value[0] ?? '"';
  for (let i = line.index + 1; i < lines.length; i++) {
    if (closingQuote(mark + (lines[i] ?? ''), 0) !== -1) return i - line.index;
  }
  return -1;
}

/** Reads the value a line holds (`lines` is the whole file, for values that run over several lines). */
export function readValue(line: YamlLine, lines: readonly string[]): ValueReading {
  const shape = valueShape(line.value);
  const owner = line.key !== undefined ? line.content : line.indent;
  switch (shape.shape) {
    case 'empty':
      if (line.key !== undefined) return { span: 0, opens: { parent: line.content, list: true } };
      return line.dash ? { span: 0, opens: { parent: line.indent, list: false } } : { span: 0 };
    case 'plain':
      return { span: 0, plainOwner: owner };
    case 'block': {
      // The block's first line sets its indentation; a line indented less, but not back to its field, is a slip.
      let indent: number | undefined;
      return {
        span: spanWhile(lines, line.index, (text) => {
          if (text.trim() === '') return true;
          indent ??= indentOf(text);
          return indentOf(text) > owner && indentOf(text) >= indent;
        }),
      };
    }
    case 'colon':
      return { span: 0, mistake: say.colonInValue(line) };
    case 'quoted-then-more':
      return { span: 0, mistake: say.quotedThenMore(line, shape.rest) };
    case 'quoted': {
      const span = shape.closed ? 0 : quoteSpan(line, lines);
      return span === -1 ? { span: lines.length - line.index, mistake: say.unclosedQuote() } : { span };
    }
    case 'unclosed-flow': {
      let depth = shape.depth;
      const span = spanWhile(lines, line.index, (text) => {
        // A line back at the owner's column ends the value, unless it only closes brackets.
        if (depth <= 0 || (isStructural(text) && indentOf(text) <= owner && !/^\s*[\]}]/.test(text))) return false;
        depth = openBrackets(text, depth);
        return true;
      });
      return depth > 0 ? { span, mistake: say.unclosedBracket(line.value[0] ?? '[') } : { span };
    }
    default:
      return { span: 0 };
  }
}
