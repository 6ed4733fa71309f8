import { parseArgs } from 'node:util';

import { feedbackModes, type FeedbackMode } from '@/lib/content';

/**
 * The command line of `content:import-gift`:
 *   content:import-gift <file.gift> --article <articleId> [--id <slug>] [--title "<title>"] [--mode practice|test] [--root <dir>] [--force]
 */
export interface ImportGiftArgs {
  file: string;
  articleId: string;
  /** The set's file name in content/sets; by default made from the GIFT file's name. */
  id?: string;
  title?: string;
  mode: FeedbackMode;
  /** The folder that holds content/; by default the repository. */
  root?: string;
  force: boolean;
  help: boolean;
}

export const IMPORT_GIFT_USAGE = `Usage: npm run content:import-gift -- <file.gift> --article <articleId> [options]

Converts a Moodle GIFT file into a question set for an article, written to
content/sets/<id>.yaml. Multiple choice, true/false, short answer, exact
numerical answers and matching of quotations to speakers are imported; what
the app cannot score the same way is said as a warning, with its line.

  --article <id>      the article the questions are about (required)
  --id <slug>         the set's file name (default: made from the GIFT file's name)
  --title "<title>"   the set's title (default: the first $CATEGORY, else the file name)
  --mode <mode>       practice (default) or test
  --root <dir>        the folder that holds content/ (default: this repository)
  --force             overwrite the set file if it exists`;

/** Reads the arguments; throws an Error with a message for the user when they do not make sense. */
export function parseImportGiftArgs(argv: readonly string[]): ImportGiftArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      article: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
      mode: { type: 'string', default: 'practice' },
      root: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { file: '', articleId: '', mode: 'practice', force: false, help: true };
  if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'name the GIFT file to import, like week-3.gift' : `name one GIFT file, not ${positionals.length}: ${positionals.join(' ')}`);
  if (values.article === undefined) throw new Error('name the article the questions are about: --article <articleId>, like --article xi-jinping-in-russia');
  const mode = feedbackModes.find((m) => m === values.mode);
  if (!mode) throw new Error(`--mode is practice or test, not "${values.mode}"`);
  if (values.title !== undefined && values.title.trim() === '') throw new Error('--title must not be empty');
  return {
    file: positionals[0] as string,
    articleId: values.article.replace(/^content\/articles\//, '').replace(/\.md$/, ''),
    ...(values.id !== undefined ? { id: values.id } : {}),
    ...(values.title !== undefined ? { title: values.title.trim() } : {}),
    mode,
    ...(values.root !== undefined ? { root: values.root } : {}),
    force: values.force,
    help: false,
  };
}
