/** `npm run lti:keys`: its command line, the env file it adds to, and the one-line key read back the two ways a site reads it. */
import os from 'node:os';

import { processEnv } from '@next/env';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, importPKCS8 } from 'jose';
import { describe, expect, it } from 'vitest';

import { unescapePem } from '@/lib/lti';
import { addEnvLine, envLine, parseLtiKeysArgs } from '@/scripts/lti-keys';

describe('parseLtiKeysArgs', () => {
  it.each([
    [[], { out: undefined, help: false }],
    [['--out', '.env.local'], { out: '.env.local', help: false }],
    [['--out=../site/.env.local'], { out: '../site/.env.local', help: false }],
    [['-h'], { out: undefined, help: true }],
    [['--help', '--out', 'x.env'], { out: 'x.env', help: true }],
  ])('%j', (argv, expected) => {
    expect(parseLtiKeysArgs(argv)).toEqual(expected);
  });

  it.each([
    [['--out'], '--out needs a file name'],
    [['--out', '--help'], '--out needs a file name'],
    [['--out='], '--out needs a file name'],
    [['--out', 'a', '--out', 'b'], '--out is given twice'],
    [['.env.local'], 'unknown argument ".env.local"'],
  ])('%j is refused', (argv, message) => {
    expect(() => parseLtiKeysArgs(argv)).toThrow(message);
  });
});

describe('addEnvLine', () => {
  const line = 'LTI_PRIVATE_KEY="k"';
  it.each([
    ['', `${line}\n`],
    ['FOO=1', `FOO=1\n${line}\n`],
    ['FOO=1\n', `FOO=1\n${line}\n`],
    ['# LTI_PRIVATE_KEY="old, commented out"\n', `# LTI_PRIVATE_KEY="old, commented out"\n${line}\n`],
    ['LTI_PRIVATE_KEYS=other\n', `LTI_PRIVATE_KEYS=other\n${line}\n`],
  ])('adds the line to %j', (text, expected) => {
    expect(addEnvLine(text, line)).toEqual({ text: expected });
  });

  it.each([
    ['LTI_PRIVATE_KEY="old"\n', 1],
    ['FOO=1\r\n  export LTI_PRIVATE_KEY = old\r\n', 2],
    ['A=1\n\nLTI_PRIVATE_KEY=\n', 3],
  ])('refuses %j, which sets it on line %i', (text, at) => {
    const added = addEnvLine(text, line);
    expect(added).toEqual({ error: expect.stringContaining(`already sets LTI_PRIVATE_KEY (line ${at})`) });
  });
});

describe('envLine', async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const pem = await exportPKCS8(privateKey);
  const kid = await calculateJwkThumbprint(await exportJWK(publicKey));

  it.each([
    ['a PEM with \\n newlines', pem],
    ['a PEM with \\r\\n newlines and a final newline', `${pem.replace(/\n/g, '\r\n')}\r\n`],
  ])('writes %s on one line, quoted', (_, input) => {
    const line = envLine(input);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).toBe(`LTI_PRIVATE_KEY="${pem.split('\n').join('\\n')}"`);
  });

  /** The ways the value reaches the server: Next.js reading .env.local, and Vercel's Value field holding each \n as written, which lib/lti turns back into newlines. */
  const readers: [string, (line: string) => string][] = [
    [
      '.env.local, read by Next.js',
      (line) => {
        // The parse loadEnvConfig gives .env.local under npm run dev (it skips .env.local when NODE_ENV is test, as here).
        const silent = { info: () => {}, error: () => {} };
        const [, parsed] = processEnv([{ path: '.env.local', contents: `${line}\n`, env: {} }], os.tmpdir(), silent, true);
        delete process.env.LTI_PRIVATE_KEY;
        return parsed?.LTI_PRIVATE_KEY ?? '';
      },
    ],
    ['Vercel’s Value field, the text between the quotes, read by the server', (line) => unescapePem(line.slice('LTI_PRIVATE_KEY="'.length, -1))],
    ['Vercel’s Value field, quotes and all, read by the server', (line) => unescapePem(line.slice('LTI_PRIVATE_KEY='.length))],
  ];
  it.each(readers)('round-trips through %s to the same key', async (_, read) => {
    const value = read(envLine(pem));
    expect(value).toBe(pem);
    const imported = await importPKCS8(value, 'RS256', { extractable: true });
    const jwk = await exportJWK(imported);
    expect(await calculateJwkThumbprint({ kty: 'RSA', n: jwk.n, e: jwk.e })).toBe(kid);
  });
});
