/**
 * npm run content:new -- <file.txt | -> [--id <slug>] [--publication "<name>"] [--force] [--root <dir>]
 *
 * Turns an article copied as plain text into content/articles/<id>.md, then
 * says what it read (with line numbers), what it dropped, what to fill in and
 * what it was unsure of. It writes no question set: `content:draft` does,
 * so the two leave `content:check` passing. The reading and writing rules
 * live in lib/authoring.
 */
import fs from 'node:fs';
import path from 'node:path';

import { draftNewContent, formatNewReport, NEW_USAGE, parseNewArgs, type NewArgs } from '@/lib/authoring';
import { slugSchema } from '@/lib/content';

const REPO = path.resolve(__dirname, '..');
const CWD = process.env.INIT_CWD ?? process.cwd();

class UsageError extends Error {}

async function main(argv: readonly string[]): Promise<void> {
  let args: NewArgs;
  try {
    args = parseNewArgs(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (args.help) {
    console.log(NEW_USAGE);
    return;
  }
  if (args.id !== undefined) checkId(args.id, '--id');

  const text = await readSource(args.source);
  const content = draftNewContent(text, { id: args.id, publication: args.publication });
  if (!content.found.title && content.found.paragraphs.length === 0) throw new Error('the text is empty: there is no title to start from.');
  if (!content.found.title && !args.id) {
    throw new Error('no line reads as a headline (the text starts with a paragraph): add the headline as the first line, or a line "TITLE: …", or pass --id.');
  }
  if (!content.id) throw new Error(`cannot make a file name from the title "${content.found.title}": pass one with --id, like --id xi-in-moscow.`);
  checkId(content.id, 'the id made from the title');

  const root = args.root !== undefined ? path.resolve(CWD, args.root) : REPO;
  const articleFile = path.join(root, 'content', 'articles', `${content.id}.md`);
  const articlePath = shown(root, articleFile);
  const setPath = shown(root, path.join(root, 'content', 'sets', `${content.id}.yaml`));
  if (fs.existsSync(articleFile) && !args.force) throw new Error(`${articlePath} already exists. Choose another id with --id, or overwrite it with --force.`);

  fs.mkdirSync(path.dirname(articleFile), { recursive: true });
  fs.writeFileSync(articleFile, content.articleText, { encoding: 'utf8', flag: args.force ? 'w' : 'wx' });
  console.log(formatNewReport({ content, articlePath, setPath, publicationGiven: Boolean(args.publication?.trim()) }));
}

/** A path as the teacher knows it: content/… in this repository, else as given. */
function shown(root: string, file: string): string {
  return root === REPO ? path.relative(REPO, file) : file;
}

function checkId(id: string, what: string): void {
  const result = slugSchema.safeParse(id);
  if (!result.success) throw new UsageError(`${what} "${id}": ${result.error.issues[0]?.message ?? 'is not a valid id'}`);
}

async function readSource(source: string): Promise<string> {
  if (source !== '-') {
    const file = path.resolve(CWD, source);
    if (!fs.existsSync(file)) throw new Error(`no such file: ${file}`);
    return fs.readFileSync(file, 'utf8');
  }
  if (process.stdin.isTTY) console.error('Paste the article text, then press Ctrl-D (Ctrl-Z then Enter on Windows).');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`content:new: ${message}`);
  if (error instanceof UsageError) console.error(`\n${NEW_USAGE}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
