import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';

import { Document, isMap, isSeq, parse } from 'yaml';

import { SET_SCHEMA_LINE } from '@/lib/content';

import type { DraftResult } from './draft-question-set';

/** The edges of `content:draft`: the command line it reads, the file it writes and the summary it prints. */
export interface DraftArgs {
  articleId: string;
  /** Where to write; by default content/sets/<articleId>.yaml. */
  out?: string;
  /** The folder holding content/; by default the repository. */
  root?: string;
  stdout: boolean;
  force: boolean;
  help: boolean;
}

export const DRAFT_USAGE = `Usage: npm run content:draft -- <articleId> [--out <path> | --stdout] [--force] [--root <dir>]

Reads content/articles/<articleId>.md and drafts a practice question set for
you to edit, content/sets/<articleId>.yaml: a who-said question for every
attributed quotation and a date question for every date or time expression.
A set file there with no questions yet is filled, keeping its title, mode and
other fields; a set with questions is never overwritten.

  --out <path>  write the draft there instead
  --stdout      print the draft instead of writing a file (the summary goes to stderr)
  --force       redraft a file content:draft wrote that nobody has edited since
  --root <dir>  the folder that holds content/ (default: this repository)`;

/** Reads the arguments; throws an Error with a message for the user when they do not make sense. */
export function parseDraftArgs(argv: readonly string[]): DraftArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string' },
      stdout: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { articleId: '', stdout: false, force: false, help: true };
  if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'name the article to draft from, like xi-jinping-in-russia' : `name one article, not ${positionals.length}: ${positionals.join(' ')}`);
  if (values.stdout && values.out !== undefined) throw new Error('use --out or --stdout, not both');
  const articleId = (positionals[0] as string).replace(/^content\/articles\//, '').replace(/\.md$/, '');
  const where = { ...(values.out !== undefined ? { out: values.out } : {}), ...(values.root !== undefined ? { root: values.root } : {}) };
  return { articleId, ...where, stdout: values.stdout, force: values.force, help: false };
}

/**
 * The draft's second line, with a fingerprint of everything below it, so
 * `content:draft` can tell a draft nobody has touched (which --force may
 * redraft) from a set a teacher has edited (which it never overwrites).
 */
const draftLine = (fingerprint: string) => `# DRAFT ${fingerprint} written by \`npm run content:draft\`: check, fix or delete every question. Once you edit the file, content:draft will not overwrite it.`;
const DRAFT_LINE = /^# DRAFT ([0-9a-f]{12}) written by /;

function fingerprint(body: string): string {
  return createHash('sha256').update(body.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 12);
}

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
  return `${schemaLine}\n${draftLine(fingerprint(body))}\n${body}`;
}

/**
 * What to do with the file the draft is to be written to, given its text
 * (null when there is none): write it; fill a set that has no questions yet,
 * keeping the teacher's fields (`keep`); redraft a draft nobody has edited,
 * with --force; or refuse, saying why — a set with questions someone wrote
 * or edited is never overwritten, --force or not.
 */
export type DraftPlan = { action: 'write' } | { action: 'fill'; keep: Record<string, unknown> } | { action: 'refuse'; reason: string };

const KEPT_FIELDS = ['title', 'audience', 'description', 'mode', 'assessment', 'attempts', 'keep'] as const;

export function planDraftWrite(existing: string | null, force: boolean, shown: string): DraftPlan {
  if (existing === null) return { action: 'write' };
  let data: unknown;
  try {
    data = parse(existing);
  } catch {
    return { action: 'refuse', reason: `${shown} already exists and is not a question set the drafter can read. Fix or delete it, or write the draft elsewhere with --out <file>.` };
  }
  // An empty file, or one of comments only, is a set still to be written.
  const fields = data === null || data === undefined ? {} : typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  const questions = fields?.questions;
  if (fields && (questions === undefined || questions === null || (Array.isArray(questions) && questions.length === 0))) {
    return { action: 'fill', keep: Object.fromEntries(KEPT_FIELDS.filter((key) => fields[key] !== undefined && fields[key] !== null).map((key) => [key, fields[key]])) };
  }
  if (isUneditedDraft(existing)) {
    if (force) return { action: 'write' };
    return { action: 'refuse', reason: `${shown} already exists, a draft nobody has edited: redraft it with --force, or write elsewhere with --out <file>.` };
  }
  return {
    action: 'refuse',
    reason: `${shown} already has questions you wrote or edited: content:draft never overwrites them, even with --force. Write the new draft elsewhere with --out <file> (or --stdout) and copy across the questions you want.`,
  };
}

/** Whether the text is a draft exactly as content:draft wrote it: its fingerprint still matches what is below it. */
function isUneditedDraft(text: string): boolean {
  const [, second = '', ...rest] = text.split(/\r?\n/);
  const stated = DRAFT_LINE.exec(second)?.[1];
  return stated !== undefined && stated === fingerprint(rest.join('\n'));
}

export interface DraftSummaryInput {
  draft: DraftResult;
  /** Where the draft was written, or null when it was printed. */
  written: string | null;
  /** Whether the draft filled a set that had no questions, keeping its fields. */
  filled?: boolean;
  /** The set id the app serves the draft under, when it was written to content/sets. */
  setId?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What `content:draft` prints after drafting: the counts, what it left out, and what to edit next. */
export function formatDraftSummary({ draft, written, filled = false, setId }: DraftSummaryInput): string {
  const { counts, skipped, notes } = draft;
  const checks = Object.keys(notes).filter((id) => id.startsWith('who-said')).length;
  const dateChecks = Object.keys(notes).length - checks;
  const out = [
    `${written ? `${filled ? 'Filled' : 'Wrote'} ${written}` : 'Printed the draft'}: ${plural(counts.whoSaid, 'who-said question')} and ${plural(counts.date, 'date question')}${filled ? ', keeping the fields it had' : ''}.`,
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
    '  3. Add questions of the other kinds (claim, single-choice, order…), and set the title, audience and mode.',
    '  4. Run `npm run content:check`.',
  );
  if (setId) out.push(`  5. Preview with \`npm run dev\` at http://localhost:3000/sets/${setId}`);
  return out.join('\n');
}
