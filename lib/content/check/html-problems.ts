import { describePath as describe } from './explain-issue';
import { findRawHtml } from './find-raw-html';
import { problem, type ContentProblem } from './problem';
import { positionOf, type Path, type YamlSource } from './yaml-source';

function* stringsIn(value: unknown, path: Path = []): Generator<[Path, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
}

/** Raw HTML in any field of a YAML document: it would never be shown as HTML, so it is refused. */
export function htmlProblems(source: YamlSource, value: unknown): ContentProblem[] {
  return [...stringsIn(value)].flatMap(([path, text]) => {
    const html = findRawHtml(text);
    return html ? [problem(source.file, positionOf(source, path), 'error', `${describe(path)}: raw HTML is not allowed ("${html.tag}"); write plain text`)] : [];
  });
}
