/**
 * npm run lti:keys [-- --out <env file>]
 *
 * Makes the LTI 1.3 tool's RSA key pair and prints the one line to set,
 * LTI_PRIVATE_KEY="…" (the PKCS#8 PEM with its newlines written as \n), with
 * the key id (the public key's RFC 7638 thumbprint) and what to do next.
 * With --out it appends that line to the env file instead of printing it, and
 * refuses a file that already sets LTI_PRIVATE_KEY or that git would commit.
 * The key is written nowhere else. The site serves the public half itself, at
 * /lti/jwks; docs/lti.md is the administrator's guide.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair } from 'jose';

export const LTI_KEYS_USAGE = `Usage: npm run lti:keys [-- --out <env file>]

Makes a new RSA key pair for Close Reader's LTI 1.3 tool and prints the
LTI_PRIVATE_KEY line to set, with the key id and what to do next.

  --out <file>  append the line to this env file (e.g. .env.local) instead of
                printing it; refused if the file already sets LTI_PRIVATE_KEY`;

const NAME = 'LTI_PRIVATE_KEY';

class UsageError extends Error {}

/** The command line: `--out <file>` (or `--out=<file>`), `--help`. */
export function parseLtiKeysArgs(argv: readonly string[]): { out?: string; help: boolean } {
  let out: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (!value || value.startsWith('--')) throw new Error('--out needs a file name, like --out .env.local');
      if (out !== undefined) throw new Error('--out is given twice');
      out = value;
    } else throw new Error(`unknown argument "${arg}"`);
  }
  return { out, help };
}

/** The PEM on one line, each newline written as the two characters \n, inside double quotes. */
export function envLine(pem: string): string {
  return `${NAME}="${pem.trim().split(/\r?\n/).join('\\n')}"`;
}

/** The env file's text with the line added, or an error when the file already sets the variable. */
export function addEnvLine(text: string, line: string): { text: string } | { error: string } {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => new RegExp(`^\\s*(?:export\\s+)?${NAME}\\s*=`).test(l));
  if (at >= 0) return { error: `it already sets ${NAME} (line ${at + 1}). To replace that key, delete the line first; to keep it, there is nothing to do.` };
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  return { text: `${text}${separator}${line}\n` };
}

/** True when git would commit the file: it is inside a work tree and not ignored. False where git cannot tell. */
function trackedByGit(file: string): boolean {
  const run = spawnSync('git', ['check-ignore', '-q', path.basename(file)], { cwd: path.dirname(file) });
  return run.status === 1;
}

function nextSteps(kid: string, where: 'printed' | string): string {
  const set =
    where === 'printed'
      ? [
          `1. Set it where the site runs. On Vercel: Project → Settings → Environment Variables,`,
          `   Key ${NAME}, Value everything between the quotes (not the quotes); then redeploy:`,
          `   a new value reaches only new deployments.`,
          `   For npm run dev: put the whole line in .env.local and restart npm run dev`,
          `   (or run npm run lti:keys -- --out .env.local next time).`,
        ]
      : [
          `1. It is in ${where}. npm run dev reads .env.local: restart it after a change. For Vercel,`,
          `   set the same value there (Project → Settings → Environment Variables, Key ${NAME},`,
          `   Value the text between the quotes in ${where}) and redeploy.`,
        ];
  return [
    ...set,
    `2. Open <your site>/lti. It shows the key id (${kid}), and every URL to paste into`,
    `   your LMS. The LMS reads the public key from <your site>/lti/jwks: nothing else to copy.`,
    `3. Keep the private key out of the repository, chat and email. The step-by-step guide is docs/lti.md.`,
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  let args: ReturnType<typeof parseLtiKeysArgs>;
  try {
    args = parseLtiKeysArgs(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (args.help) {
    console.log(LTI_KEYS_USAGE);
    return;
  }
  const out = args.out === undefined ? undefined : path.resolve(process.env.INIT_CWD ?? process.cwd(), args.out);
  if (out !== undefined) {
    if (!fs.existsSync(path.dirname(out))) throw new Error(`no such folder: ${path.dirname(out)}`);
    if (trackedByGit(out)) throw new Error(`git would commit ${args.out}, and with it the private key. Add it to .gitignore first (Next.js's convention is the line .env*.local), or choose another file.`);
  }

  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const line = envLine(await exportPKCS8(privateKey));
  const kid = await calculateJwkThumbprint(await exportJWK(publicKey));

  if (out === undefined) {
    console.log(`A new key pair for Close Reader's LTI 1.3 tool (RSA 2048, RS256), key id ${kid}.`);
    console.log(`This line is the private key:\n\n${line}\n`);
    console.log(nextSteps(kid, 'printed'));
    return;
  }
  const added = addEnvLine(fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '', line);
  if ('error' in added) throw new Error(`${args.out}: ${added.error}`);
  fs.writeFileSync(out, added.text, { mode: 0o600 });
  console.log(`Wrote ${NAME} to ${args.out}: a new key pair (RSA 2048, RS256), key id ${kid}.\n`);
  console.log(nextSteps(kid, args.out as string));
}

// Run as a command (scripts/run-script.mjs sets argv[1] to this file), not when a test imports the helpers.
if (process.argv[1] === __filename) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`lti:keys: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError) console.error(`\n${LTI_KEYS_USAGE}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}
