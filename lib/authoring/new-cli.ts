import { parseArgs } from 'node:util';

import { countWords } from '@/lib/content';

import type { NewContent } from './draft-new-content';

export const NEW_USAGE = `Usage: npm run content:new -- [file.txt | -] [--id <slug>] [--publication "<name>"] [--force]

Turns an article copied as plain text into content/articles/<id>.md and an
empty question set content/sets/<id>.yaml. With no file, or "-", it reads the
text from standard input.

  --id <slug>             the file name to use (default: made from the title)
  --publication "<name>"  fill in the publication, like "VICE World News"
  --force                 overwrite an existing article or set with that id`;

/** The command line of `content:new`; `source` is a path, or "-" for standard input. */
export type NewArgs = ReturnType<typeof parseNewArgs>;

export function parseNewArgs(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      id: { type: 'string' },
      publication: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new Error(`give one file at most, not ${positionals.length}: ${positionals.join(' ')}`);
  return { source: positionals[0] ?? '-', ...values };
}

const FIELD_HINTS: Record<string, string> = {
  author: 'the writer’s name, as in the byline',
  publication: 'where it appeared, like "VICE World News" (or pass --publication)',
  published: 'the date it was published, as YYYY-MM-DD',
  'image.caption': 'the photo caption',
  'image.credit': 'the photographer or agency',
  title: 'the headline',
};

/** What `content:new` prints after writing its two files; `publicationGiven`: whether --publication was passed. */
export function formatNewReport(report: { content: NewContent; articlePath: string; setPath: string; publicationGiven: boolean }): string {
  const { content: { found, missing, notes, id }, articlePath, setPath, publicationGiven } = report;
  const read = {
    title: found.title,
    dek: found.dek,
    author: found.author,
    published: found.published && found.dateLine ? `${found.published}  (from "${found.dateLine.text}")` : undefined,
    image: found.image ? `${found.image.caption || '(no caption)'} — ${found.image.credit}` : undefined,
    publication: publicationGiven ? '(from --publication)' : undefined,
  };
  const words = found.paragraphs.reduce((sum, p) => sum + countWords(p), 0);
  const out: string[] = [
    `Wrote ${articlePath} (${plural(found.paragraphs.length, 'paragraph')}, ${plural(words, 'word')})`,
    `Wrote ${setPath} (no questions yet)`,
    '',
    'Read from the text:',
    ...Object.entries(read).flatMap(([name, value]) => (value ? [`  ${name.padEnd(12)} ${value}`] : [])),
  ];
  out.push('', found.dropped.length ? `Dropped ${plural(found.dropped.length, 'line')}:` : 'Dropped nothing.');
  for (const d of found.dropped) out.push(`  line ${String(d.line).padEnd(4)} ${d.reason.padEnd(23)} ${clip(d.text, 60)}`);

  const authorHint = found.authorHint ? `; the text says “Follow ${found.authorHint} on …”` : '';
  const fill = missing.map((path) => `  ${path}: ${FIELD_HINTS[path] ?? ''}${path === 'author' ? authorHint : ''}`);
  if (found.paragraphs.length === 0) fill.push('  the article text: no paragraphs were found; paste them under the frontmatter');
  out.push('', fill.length ? `Fill in next (left empty in ${articlePath}):` : 'Fill in next: nothing, every required field was found.', ...fill);
  if (notes.length) out.push('', 'Check:', ...notes.map((note) => `  - ${note}`));

  out.push(
    '',
    'Next steps:',
    `  1. Open ${articlePath}: ${missing.length ? `fill in ${missing.join(', ')}; ` : ''}compare the text with the source and record each word you correct under corrections.`,
    `  2. Run \`npm run content:draft -- ${id}\` to draft questions from the text.`,
    `  3. Write the questions in ${setPath} (an example is in the file).`,
    '  4. Run `npm run content:check`.',
    `  5. Preview with \`npm run dev\` at http://localhost:3000/sets/${id}`,
  );
  return out.join('\n');
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
