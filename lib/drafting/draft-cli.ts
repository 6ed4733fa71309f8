import { parseArgs } from 'node:util';

import { Document, isMap, isSeq } from 'yaml';

import { SET_SCHEMA_LINE } from '@/lib/content';

import type { DraftResult } from './draft-question-set';

/** The edges of `content:draft`: the command line it reads, the file it writes and the summary it prints. */
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

const DRAFT_LINE = '# DRAFT written by `npm run content:draft`: check, fix or delete every question, then rename the file without "-draft".';

/**
 * The draft as a question-set file: the schema line, a line saying it is a
 * draft, then YAML with every string in double quotes (so no quotation,
 * colon or "no" is misread), a blank line between questions and the
 * teacher's notes as comments above them.
 */
export function serializeDraft(draft: DraftResult, schemaLine = SET_SCHEMA_LINE): string {
  const doc = new Document(draft.set);
  const questions = doc.get('questions', true);
  if (isSeq(questions)) {
    questions.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const id = String(item.get('id'));
      const comments: string[] = [];
      if (i === 0 && id.startsWith('who-said')) comments.push(' Who said it: one question per attributed quotation.');
      if (id === 'when-1') comments.push(' When: one question per date or time expression. Keep the ones worth asking.');
      const note = draft.notes[id];
      if (note) comments.push(` Check: ${note}`);
      if (comments.length > 0) item.commentBefore = comments.join('\n');
      item.spaceBefore = i > 0;
    });
  }
  const body = doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `${schemaLine}\n${DRAFT_LINE}\n${body}`;
}

export interface DraftSummaryInput {
  draft: DraftResult;
  /** Where the draft was written, or null when it was printed. */
  written: string | null;
  /** The set id the app serves the draft under, when it was written to content/sets. */
  setId?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What `content:draft` prints after drafting: the counts, what it left out, and what to edit next. */
export function formatDraftSummary({ draft, written, setId }: DraftSummaryInput): string {
  const { counts, skipped, notes } = draft;
  const checks = Object.keys(notes).filter((id) => id.startsWith('who-said')).length;
  const dateChecks = Object.keys(notes).length - checks;
  const out = [
    `${written ? `Wrote ${written}` : 'Printed the draft'}: ${plural(counts.whoSaid, 'who-said question')} and ${plural(counts.date, 'date question')}.`,
  ];
  if (skipped.length > 0) {
    out.push('', `Left out ${plural(skipped.length, 'quotation')} with no speaker (scare quotes, or an attribution the drafter cannot read):`);
    for (const s of skipped) out.push(`  ¶${String(s.paragraph).padEnd(3)} “${clip(s.quote, 60)}” — ${s.reason}`);
  }
  out.push(
    '',
    'Edit next:',
    `  1. Check every who-said speaker against the article${checks > 0 ? `, first the ${plural(checks, 'question')} marked "# Check:"` : ''}; add any quotation left out above that is worth asking.`,
    `  2. Delete the date questions not worth asking (the same day may be asked several times) and reword the prompts you keep${dateChecks > 0 ? `; ${dateChecks === 1 ? 'the one' : `the ${dateChecks}`} marked "# Check:" also accept${dateChecks === 1 ? 's' : ''} a month or year worked out from the publication date` : ''}.`,
    '  3. Add questions of the other kinds (claim, single-choice, order…), set the title, audience and mode, and rename the file without "-draft".',
    '  4. Run `npm run content:check`.',
  );
  if (setId) out.push(`  5. Preview with \`npm run dev\` at http://localhost:3000/sets/${setId}`);
  return out.join('\n');
}
