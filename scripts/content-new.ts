/**
 * npm run content:new -- <file.txt | -> [--id <slug>] [--publication "<name>"] [--force]
 *
 * Turns an article copied as plain text into content/articles/<id>.md and an
 * empty question set content/sets/<id>.yaml, then says what it dropped and
 * what to fill in. The reading and writing rules live in lib/authoring.
 */
import fs from 'node:fs';
import path from 'node:path';

import { draftNewContent, formatNewReport, NEW_USAGE, parseNewArgs, type NewArgs } from '@/lib/authoring';
import { slugSchema } from '@/lib/content';

const ROOT = path.resolve(__dirname, '..');

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
  if (!content.found.title) throw new Error('the text is empty: there is no title to start from.');
  if (!content.id) throw new Error(`cannot make a file name from the title "${content.found.title}": pass one with --id, like --id xi-in-moscow.`);
  checkId(content.id, 'the id made from the title');

  const articlePath = path.join('content', 'articles', `${content.id}.md`);
  const setPath = path.join('content', 'sets', `${content.id}.yaml`);
  const taken = [articlePath, setPath].filter((file) => fs.existsSync(path.join(ROOT, file)));
  if (taken.length > 0 && !args.force) {
    throw new Error(`${taken.join(' and ')} already ${taken.length === 1 ? 'exists' : 'exist'}. Choose another id with --id, or overwrite with --force.`);
  }

  for (const [file, body] of [
    [articlePath, content.articleText],
    [setPath, content.setText],
  ] as const) {
    fs.mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
    fs.writeFileSync(path.join(ROOT, file), body, { encoding: 'utf8', flag: args.force ? 'w' : 'wx' });
  }
  console.log(formatNewReport({ content, articlePath, setPath, publicationGiven: Boolean(args.publication?.trim()) }));
}

function checkId(id: string, what: string): void {
  const result = slugSchema.safeParse(id);
  if (!result.success) throw new UsageError(`${what} "${id}": ${result.error.issues[0]?.message ?? 'is not a valid id'}`);
}

async function readSource(source: string): Promise<string> {
  if (source !== '-') {
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), source);
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
