import { describePath as describe } from './explain-issue';
import { findRawHtml } from './find-raw-html';
import { problem, type ContentProblem } from './problem';
import { positionOf, type Path, type YamlSource } from './yaml-source';

/** Every string in a value that holds raw HTML, with its path. */
function htmlIn(value: unknown, path: Path, found: [Path, string][]): [Path, string][] {
  if (typeof value === 'string') {
    const html = value.includes('<') ? findRawHtml(value) : null;
    if (html) found.push([path, html.tag]);
  } else if (Array.isArray(value)) value.forEach((item, i) => htmlIn(item, [...path, i], found));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) htmlIn(item, [...path, key], found);
  return found;
}

/** Raw HTML in any field of a YAML document: it would never be shown as HTML, so it is refused. */
export function htmlProblems(source: YamlSource, value: unknown): ContentProblem[] {
  return htmlIn(value, [], []).map(([path, tag]) =>
    problem(source.file, positionOf(source, path), 'error', `${describe(path)}: raw HTML is not allowed ("${tag}"); write plain text`),
  );
}
