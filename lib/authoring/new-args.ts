import { parseArgs } from 'node:util';

/**
 * The command line of `content:new`:
 *   content:new [file | -] [--id <slug>] [--publication <name>] [--force]
 * With no file, or "-", the text comes from standard input.
 */
export interface NewArgs {
  /** A path, or "-" for standard input. */
  source: string;
  id?: string;
  publication?: string;
  force: boolean;
  help: boolean;
}

export const NEW_USAGE = `Usage: npm run content:new -- [file.txt | -] [--id <slug>] [--publication "<name>"] [--force]

Turns an article copied as plain text into content/articles/<id>.md and an
empty question set content/sets/<id>.yaml. With no file, or "-", it reads the
text from standard input.

  --id <slug>             the file name to use (default: made from the title)
  --publication "<name>"  fill in the publication, like "VICE World News"
  --force                 overwrite an existing article or set with that id`;

export function parseNewArgs(argv: readonly string[]): NewArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      id: { type: 'string' },
      publication: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 1) throw new Error(`give one file at most, not ${positionals.length}: ${positionals.join(' ')}`);
  return {
    source: positionals[0] ?? '-',
    ...(values.id !== undefined ? { id: values.id } : {}),
    ...(values.publication !== undefined ? { publication: values.publication } : {}),
    force: values.force,
    help: values.help,
  };
}
