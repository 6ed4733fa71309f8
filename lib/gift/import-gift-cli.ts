import { parseArgs } from 'node:util';

import { Document, isMap, isSeq } from 'yaml';

import { feedbackModes, SET_SCHEMA_LINE, type FeedbackMode } from '@/lib/content';

import type { GiftImport } from './import-gift';

/** The edges of `content:import-gift`: the command line it reads, the set file it writes and the summary it prints. */
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
numerical (with a margin or range) and matching questions are imported; what
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

/**
 * The imported set as a question-set file: the schema line, a comment that
 * says where it came from and what is left to do, then YAML with every string
 * in double quotes (so no colon, "#" or "true" is misread) and, above each
 * question, the GIFT line it came from and what to check.
 */
export function serializeImport({ set, imported }: Pick<GiftImport, 'set' | 'imported'>, giftFile: string): string {
  const doc = new Document(set);
  const questions = doc.get('questions', true);
  if (isSeq(questions)) {
    questions.items.forEach((item, i) => {
      const from = imported[i];
      if (!isMap(item) || !from) return;
      item.commentBefore = [` ${giftFile} line ${from.line}`, ...from.notes.map((note) => ` Check: ${note}`)].join('\n');
      item.spaceBefore = i > 0;
    });
  }
  const header = [
    `# Imported from the Moodle GIFT file ${giftFile} by \`npm run content:import-gift\`.`,
    '# No question has evidence yet: quote the article under evidence: in each one, deal with every "# Check:",',
    '# then run `npm run content:check`.',
  ];
  return `${SET_SCHEMA_LINE}\n${header.join('\n')}\n${doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}`;
}

export interface ImportSummaryInput {
  result: Pick<GiftImport, 'set' | 'imported' | 'skipped' | 'warnings'>;
  /** Where the set was written, as shown to the user. */
  written: string;
  giftFile: string;
  /** The set id the app serves it under, when it was written to the repository's content/sets. */
  setId?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 single-choice, 1 claim": how many of each, in the order first met. */
function tally(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${n} ${name}`).join(', ');
}

/** What `content:import-gift` prints after the warnings: what it wrote, what each GIFT question became, what it left out, what to do next. */
export function formatImportSummary({ result, written, giftFile, setId }: ImportSummaryInput): string {
  const { set, imported, skipped, warnings } = result;
  const n = imported.length;
  const out = [
    `Wrote ${written} ("${set.title}", ${set.mode}) from ${giftFile}.`,
    `${plural(n, 'question')} imported: ${tally(imported.map((q) => q.kind))}.`,
    ...imported.map((q) => `  line ${q.line}: ${q.type} → ${q.kind} "${q.id}"`),
  ];
  if (skipped.length > 0) out.push(`${skipped.length} skipped: ${tally(skipped.map((s) => s.type))}; the warnings above say why.`);
  const checks = imported.some((q) => q.notes.length > 0);
  if (warnings.length > 0) out.push(`${plural(warnings.length, 'warning')} above${checks ? '; those about imported questions are also "# Check:" comments in the file' : ''}.`);
  out.push(
    `${n === 1 ? 'It has no' : 'None has'} evidence yet: add quotes from the article under evidence:, then run npm run content:check.`,
  );
  if (setId) out.push(`Preview with \`npm run dev\` at http://localhost:3000/sets/${setId}`);
  return out.join('\n');
}
