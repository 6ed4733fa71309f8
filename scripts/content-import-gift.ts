/**
 * npm run content:import-gift -- <file.gift> --article <articleId> [--id <slug>] [--title "<title>"] [--mode practice|test] [--root <dir>] [--force]
 *
 * Converts a Moodle GIFT file into content/sets/<id>.yaml for an article.
 * Prints every warning and syntax error as `file:line:column: severity:
 * message`, like content:check. The reading and mapping rules live in
 * lib/gift and are described in docs/authoring.md.
 */
import fs from 'node:fs';
import path from 'node:path';

import { type Article, questionSetSchema, slugSchema, formatProblem, ContentError } from '@/lib/content';
import { decodeText, didYouMean, parseArticle } from '@/lib/check';
import { formatImportSummary, type GiftIssue, IMPORT_GIFT_USAGE, parseImportGiftArgs, type ImportGiftArgs, importGift, importedSetId, serializeImport } from '@/lib/gift';

const REPO = path.resolve(__dirname, '..');
const CWD = process.env.INIT_CWD ?? process.cwd();

class UsageError extends Error {}

/** A path as the user will recognise it: relative to where they ran the command when it is below it. */
function shown(file: string): string {
  const relative = path.relative(CWD, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function readArgs(argv: readonly string[]): ImportGiftArgs {
  try {
    const args = parseImportGiftArgs(argv);
    if (args.help) return args;
    for (const [what, id] of [['--article', args.articleId], ['--id', args.id]] as const) {
      const checked = id === undefined ? null : slugSchema.safeParse(id);
      if (checked && !checked.success) throw new Error(`${what} "${id}": ${checked.error.issues[0]?.message ?? 'is not a valid id'}`);
    }
    return args;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function readArticle(root: string, id: string): Article {
  const dir = path.join(root, 'content', 'articles');
  const file = path.join(dir, `${id}.md`);
  if (!fs.existsSync(file)) {
    const known = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)) : [];
    const hint = didYouMean(id, known);
    throw new Error(`there is no article ${shown(file)}${hint ? `; did you mean "${hint}"?` : ''}`);
  }
  try {
    return parseArticle(id, path.relative(root, file), fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof ContentError) throw new Error(`the article has errors of its own; fix them first (npm run content:check):\n${error.message}`);
    throw error;
  }
}

function readGift(file: string): string {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Error(`no such file: ${shown(file)}`);
  const decoded = decodeText(shown(file), fs.readFileSync(file));
  if (!decoded.ok) throw new Error(formatProblem(decoded.problem));
  return decoded.text;
}

const printIssues = (file: string, severity: 'error' | 'warning', issues: readonly GiftIssue[], print: (line: string) => void) => {
  for (const { at, message } of issues) print(formatProblem({ file, ...at, severity, message }));
};

function main(argv: readonly string[]): void {
  const args = readArgs(argv);
  if (args.help) {
    console.log(IMPORT_GIFT_USAGE);
    return;
  }
  const root = args.root !== undefined ? path.resolve(CWD, args.root) : REPO;
  const giftPath = path.resolve(CWD, args.file);
  const giftFile = shown(giftPath);
  const source = readGift(giftPath);
  const article = readArticle(root, args.articleId);

  const setId = args.id ?? importedSetId(giftPath);
  if (!setId) throw new UsageError(`cannot make a set id from the file name "${path.basename(giftPath)}": pass one with --id, like --id week-3-reading`);
  const target = path.join(root, 'content', 'sets', `${setId}.yaml`);
  if (fs.existsSync(target) && !args.force) throw new Error(`${shown(target)} already exists. Choose another name with --id, or overwrite it with --force.`);

  const result = importGift(source, { article, file: giftPath, ...(args.title ? { title: args.title } : {}), mode: args.mode });
  if (result.errors.length > 0) {
    printIssues(giftFile, 'error', result.errors, console.error);
    throw new Error(`${result.errors.length === 1 ? 'a syntax error' : `${result.errors.length} syntax errors`} in ${giftFile}; nothing was written`);
  }
  printIssues(giftFile, 'warning', result.warnings, console.log);
  if (result.imported.length === 0) throw new Error(`no question in ${giftFile} could be imported (the warnings above say why); nothing was written`);
  // Every question was checked on its own in lib/gift; this checks the set as a whole.
  const checked = questionSetSchema.safeParse(result.set);
  if (!checked.success) throw new Error(`the set is not valid (a bug in lib/gift):\n  ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`);

  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, serializeImport(result, path.basename(giftPath)), { encoding: 'utf8', flag: args.force ? 'w' : 'wx' });
  if (result.warnings.length > 0) console.log('');
  console.log(formatImportSummary({ result, written: shown(target), giftFile, ...(root === REPO ? { setId } : {}) }));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`content:import-gift: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof UsageError) console.error(`\n${IMPORT_GIFT_USAGE}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
