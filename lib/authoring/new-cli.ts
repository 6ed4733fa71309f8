import { parseArgs } from 'node:util';

import { countWords } from '@/lib/content';

import type { NewContent } from './draft-new-content';

export const NEW_USAGE = `Usage: npm run content:new -- [file.txt | -] [--id <slug>] [--publication "<name>"] [--force] [--root <dir>]

Turns an article copied as plain text into content/articles/<id>.md, and says
what it read and what to check. Then \`npm run content:draft -- <id>\` writes
the question set content/sets/<id>.yaml. With no file, or "-", it reads the
text from standard input.

  --id <slug>             the file name to use (default: made from the title)
  --publication "<name>"  fill in the publication, like "VICE World News"
  --force                 overwrite an existing article with that id
  --root <dir>            the folder that holds content/ (default: this repository)`;

/** The command line of `content:new`; `source` is a path, or "-" for standard input. */
export type NewArgs = ReturnType<typeof parseNewArgs>;

export function parseNewArgs(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      id: { type: 'string' },
      publication: { type: 'string' },
      force: { type: 'boolean', default: false },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new Error(`give one file at most, not ${positionals.length}: ${positionals.join(' ')}`);
  return { source: positionals[0] ?? '-', ...values };
}

const FIELD_HINTS: Record<string, string> = {
  published: 'the date it was published, as YYYY-MM-DD',
  'image.caption': 'the photo caption',
  'image.credit': 'the photographer or agency',
  title: 'the headline',
};

/**
 * What `content:new` prints after writing the article: each field it read
 * with the line it read it from, the paragraphs, what it dropped, what is
 * left to fill in, and every doubt with its line. `setPath`: where
 * `content:draft` will write the set; `publicationGiven`: whether
 * --publication was passed.
 */
export function formatNewReport(report: { content: NewContent; articlePath: string; setPath: string; publicationGiven: boolean }): string {
  const { content: { found, missing, notes, id }, articlePath, setPath, publicationGiven } = report;
  const at = (line: number | undefined) => (line === undefined ? '' : `  (line ${line})`);
  const { lines } = found;
  const read = {
    title: found.title && `${found.title}${at(lines.title)}`,
    dek: found.dek && `${found.dek}${at(lines.dek)}`,
    author: found.author && `${found.author}${at(lines.author)}`,
    published: found.published && found.dateLine ? `${found.published}  (line ${found.dateLine.line}: "${found.dateLine.text}")` : undefined,
    publication: publicationGiven ? '(from --publication)' : found.publication && `${found.publication}${at(lines.publication)}`,
    url: found.url && `${found.url}${at(lines.url)}`,
    image: found.image ? `${found.image.caption || '(no caption)'} — ${found.image.credit}` : undefined,
    paragraphs: found.paragraphs.length > 0 ? `${found.paragraphs.length}, starting on ${lineList(lines.paragraphs)}` : undefined,
  };
  const words = found.paragraphs.reduce((sum, p) => sum + countWords(p), 0);
  const out: string[] = [
    `Wrote ${articlePath} (${plural(found.paragraphs.length, 'paragraph')}, ${plural(words, 'word')})`,
    '',
    'Read from the text:',
    ...Object.entries(read).flatMap(([name, value]) => (value ? [`  ${name.padEnd(12)} ${value}`] : [])),
  ];
  out.push('', found.dropped.length ? `Dropped ${plural(found.dropped.length, 'line')}:` : 'Dropped nothing.');
  for (const d of found.dropped) out.push(`  line ${String(d.line).padEnd(4)} ${d.reason.padEnd(23)} ${clip(d.text, 60)}`);

  const fill = missing.map((path) => `  ${path}: ${FIELD_HINTS[path] ?? ''}`);
  if (found.paragraphs.length === 0) fill.push('  the article text: no paragraphs were found; paste them under the frontmatter');
  out.push('', fill.length ? `Fill in next (left empty in ${articlePath}):` : 'Fill in next: nothing, every required field was found.', ...fill);
  if (notes.length) out.push('', 'Check:', ...notes.map((note) => `  - ${note}`));

  out.push(
    '',
    'Next steps:',
    `  1. Open ${articlePath}: ${missing.length ? `fill in ${missing.join(', ')}; ` : ''}compare the text with the source and record each word you correct under corrections.`,
    `  2. Run \`npm run content:draft -- ${id}\`: it writes ${setPath}, with questions drafted from the text.`,
    `  3. Check, fix or delete every question in ${setPath}, and add your own (docs/authoring.md shows every kind).`,
    '  4. Run `npm run content:check`.',
    `  5. Preview with \`npm run dev\` at http://localhost:3000/sets/${id}`,
  );
  return out.join('\n');
}

/** "lines 4, 6 and 9"; past six, the first three, "…" and the last. */
function lineList(numbers: readonly number[]): string {
  const shown = numbers.length > 6 ? [...numbers.slice(0, 3).map(String), '…', String(numbers.at(-1))] : numbers.map(String);
  if (shown.length === 1) return `line ${shown[0]}`;
  return `lines ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
