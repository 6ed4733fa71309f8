/**
 * npm run content:draft -- <articleId> [--out <path> | --stdout] [--force] [--root <dir>]
 *
 * Drafts a practice question set from an article for the teacher to edit,
 * as content/sets/<articleId>.yaml: who-said questions from its attributed
 * quotations, date questions from its date and time expressions. It fills a
 * set there that has no questions yet and never overwrites one that has
 * (see planDraftWrite). The drafting rules live in lib/drafting and are
 * described in docs/drafting.md.
 */
import fs from 'node:fs';
import path from 'node:path';

import { parseArticle } from '@/lib/check';
import { ContentError, type Article, questionSetSchema, SET_SCHEMA_LINE, slugSchema } from '@/lib/content';
import { DRAFT_USAGE, parseDraftArgs, type DraftArgs, draftQuestionSet, formatDraftSummary, planDraftWrite, serializeDraft } from '@/lib/drafting';

const REPO = path.resolve(__dirname, '..');
const CWD = process.env.INIT_CWD ?? process.cwd();
const SCHEMA_FILE = path.join(REPO, 'content', 'schemas', 'question-set.schema.json');

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
  const root = args.root !== undefined ? path.resolve(CWD, args.root) : REPO;
  const articleFile = path.join(root, 'content', 'articles', `${args.articleId}.md`);
  if (!fs.existsSync(articleFile)) throw new Error(`there is no article ${shown(articleFile)}`);
  const article = readArticle(args.articleId, root, articleFile);

  const setsDir = path.join(root, 'content', 'sets');
  const target = args.out !== undefined ? path.resolve(CWD, args.out) : path.join(setsDir, `${args.articleId}.yaml`);
  const draft = draftQuestionSet(article);
  if (draft.set.questions.length === 0) {
    throw new Error(`found no attributed quotation and no date in ${shown(articleFile)}: there is nothing to draft. Write ${shown(target)} yourself; docs/authoring.md shows every kind of question.`);
  }

  const plan = args.stdout ? ({ action: 'write' } as const) : planDraftWrite(fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null, args.force, shown(target));
  if (plan.action === 'refuse') throw new Error(plan.reason);
  if (plan.action === 'fill') Object.assign(draft.set, plan.keep);
  // draftQuestionSet keeps only questions whose quotations it found in the article; the schema checks the rest, and the fields a teacher kept.
  const checked = questionSetSchema.safeParse(draft.set);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`the draft is not a valid set${plan.action === 'fill' ? ` (check the fields of ${shown(target)})` : ' (a bug in lib/drafting)'}:\n  ${issues.join('\n  ')}`);
  }

  if (args.stdout) {
    process.stdout.write(serializeDraft(draft));
    console.error(formatDraftSummary({ draft, written: null }));
    return;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, serializeDraft(draft, schemaLine(target)), 'utf8');
  const served = root === REPO && path.dirname(target) === setsDir ? path.basename(target, '.yaml') : undefined;
  console.log(formatDraftSummary({ draft, written: shown(target), filled: plan.action === 'fill', ...(served ? { setId: served } : {}) }));
}

/** The article, or an error asking for its fields first: the drafter reads the date to resolve "on Monday", and the set names the title. */
function readArticle(id: string, root: string, file: string): Article {
  try {
    return parseArticle(id, path.relative(root, file), fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof ContentError) throw new Error(`fill in the article's empty fields and fix its errors first (content:new listed them under "Fill in next"):\n${error.message}`);
    throw error;
  }
}

/** A path as the user will recognise it: relative to where they ran the command when it is below it. */
function shown(file: string): string {
  const relative = path.relative(CWD, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`content:draft: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof UsageError) console.error(`\n${DRAFT_USAGE}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
