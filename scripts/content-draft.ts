/**
 * npm run content:draft -- <articleId> [--out <path> | --stdout] [--force]
 *
 * Drafts a practice question set from an article for the teacher to edit:
 * who-said questions from its attributed quotations, date questions from its
 * date and time expressions. The drafting rules live in lib/drafting and are
 * described in docs/drafting.md.
 */
import fs from 'node:fs';
import path from 'node:path';

import { parseArticle } from '@/lib/check';
import { questionSetSchema, SET_SCHEMA_LINE, slugSchema } from '@/lib/content';
import { DRAFT_USAGE, parseDraftArgs, type DraftArgs, draftQuestionSet, formatDraftSummary, serializeDraft } from '@/lib/drafting';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_FILE = path.join(ROOT, 'content', 'schemas', 'question-set.schema.json');

class UsageError extends Error {}

function readArgs(argv: readonly string[]): DraftArgs {
  try {
    const args = parseDraftArgs(argv);
    if (!args.help && !slugSchema.safeParse(args.articleId).success) throw new Error(`"${args.articleId}" is not an article id: use the file name without .md, like xi-jinping-in-russia`);
    return args;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The schema comment for a file: the usual one in a sets folder, else a path to content/schemas from where it is. */
function schemaLine(file: string): string {
  if (path.basename(path.dirname(file)) === 'sets') return SET_SCHEMA_LINE;
  const relative = path.relative(path.dirname(file), SCHEMA_FILE).split(path.sep).join('/');
  return `# yaml-language-server: $schema=${relative}`;
}

function main(argv: readonly string[]): void {
  const args = readArgs(argv);
  if (args.help) {
    console.log(DRAFT_USAGE);
    return;
  }
  const articleFile = path.join('content', 'articles', `${args.articleId}.md`);
  if (!fs.existsSync(path.join(ROOT, articleFile))) throw new Error(`there is no article ${articleFile}`);
  const article = parseArticle(args.articleId, articleFile, fs.readFileSync(path.join(ROOT, articleFile), 'utf8'));

  const draft = draftQuestionSet(article);
  if (draft.set.questions.length === 0) throw new Error(`found no attributed quotation and no date in ${articleFile}: there is nothing to draft`);
  // draftQuestionSet keeps only questions whose quotations it found in the article; the schema checks the rest.
  const checked = questionSetSchema.safeParse(draft.set);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`the draft is not a valid set (a bug in lib/drafting):\n  ${issues.join('\n  ')}`);
  }

  if (args.stdout) {
    process.stdout.write(serializeDraft(draft));
    console.error(formatDraftSummary({ draft, written: null }));
    return;
  }
  const target = args.out !== undefined ? path.resolve(process.env.INIT_CWD ?? process.cwd(), args.out) : path.join(ROOT, 'content', 'sets', `${args.articleId}-draft.yaml`);
  const relative = path.relative(process.env.INIT_CWD ?? process.cwd(), target);
  const shown = relative && !relative.startsWith('..') ? relative : target;
  if (fs.existsSync(target) && !args.force) throw new Error(`${shown} already exists. Edit it, delete it, or overwrite it with --force.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, serializeDraft(draft, schemaLine(target)), { encoding: 'utf8', flag: args.force ? 'w' : 'wx' });
  const served = path.dirname(target) === path.join(ROOT, 'content', 'sets') ? path.basename(target, '.yaml') : undefined;
  console.log(formatDraftSummary({ draft, written: shown, ...(served ? { setId: served } : {}) }));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`content:draft: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof UsageError) console.error(`\n${DRAFT_USAGE}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
