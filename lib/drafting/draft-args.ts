import { parseArgs } from 'node:util';

/**
 * The command line of `content:draft`:
 *   content:draft <articleId> [--out <path> | --stdout] [--force]
 */
export interface DraftArgs {
  articleId: string;
  /** Where to write; by default content/sets/<articleId>-draft.yaml. */
  out?: string;
  stdout: boolean;
  force: boolean;
  help: boolean;
}

export const DRAFT_USAGE = `Usage: npm run content:draft -- <articleId> [--out <path> | --stdout] [--force]

Reads content/articles/<articleId>.md and drafts a practice question set for
you to edit: a who-said question for every attributed quotation and a date
question for every date or time expression.

  --out <path>  write the draft there instead of content/sets/<articleId>-draft.yaml
  --stdout      print the draft instead of writing a file (the summary goes to stderr)
  --force       overwrite the draft file if it exists`;

/** Reads the arguments; throws an Error with a message for the user when they do not make sense. */
export function parseDraftArgs(argv: readonly string[]): DraftArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string' },
      stdout: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { articleId: '', stdout: false, force: false, help: true };
  if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'name the article to draft from, like xi-jinping-in-russia' : `name one article, not ${positionals.length}: ${positionals.join(' ')}`);
  if (values.stdout && values.out !== undefined) throw new Error('use --out or --stdout, not both');
  const articleId = (positionals[0] as string).replace(/^content\/articles\//, '').replace(/\.md$/, '');
  return { articleId, ...(values.out !== undefined ? { out: values.out } : {}), stdout: values.stdout, force: values.force, help: false };
}
