import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ltiConfig } from '@/lib/lti';

const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const platform = { name: 'M', issuer: 'https://m.example', clientId: 'c', deploymentIds: ['1'], authorizationUrl: 'https://m.example/a', tokenUrl: 'https://m.example/t', keySetUrl: 'https://m.example/k' };

describe('ltiConfig: LTI is on with a key and a platform, and otherwise off, saying why', () => {
  const saved = { ...process.env };
  let root = '';
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'lti-config-'));
    fs.mkdirSync(path.join(root, '.content'));
    fs.writeFileSync(path.join(root, '.content', 'library.json'), JSON.stringify({ articles: [], sets: [], broken: {}, platforms: [] }));
  });
  afterAll(() => {
    process.env = saved;
  });

  it.each([
    ['no key and no platform', {}, [/No learning platform is registered/, /no key: run "npm run lti:keys"/]],
    ['a key and no platform', { LTI_PRIVATE_KEY: pem }, [/No learning platform is registered/]],
    ['a platform and no key', { LTI_PLATFORMS: JSON.stringify([platform]) }, [/no key/]],
    ['a key that is not one', { LTI_PRIVATE_KEY: 'secret', LTI_PLATFORMS: JSON.stringify([platform]) }, [/LTI_PRIVATE_KEY is not an RSA private key/]],
    ['platforms that are not JSON', { LTI_PRIVATE_KEY: pem, LTI_PLATFORMS: '[{' }, [/LTI_PLATFORMS is not valid JSON/]],
  ])('%s: off', async (_, env, reasons) => {
    process.env = { ...saved, CONTENT_ROOT: root, LTI_PRIVATE_KEY: '', LTI_PLATFORMS: '', ...env };
    const config = await ltiConfig();
    expect(config.on).toBe(false);
    if (!config.on) {
      expect(config.reasons).toHaveLength(reasons.length);
      reasons.forEach((reason, i) => expect(config.reasons[i]).toMatch(reason));
    }
  });

  it('a key (written on one line, as environment forms want) and a platform: on, with the key id the public key set serves', async () => {
    process.env = { ...saved, CONTENT_ROOT: root, LTI_PRIVATE_KEY: pem.replace(/\n/g, '\\n'), LTI_PLATFORMS: JSON.stringify({ platforms: [platform] }) };
    const config = await ltiConfig();
    expect(config.on).toBe(true);
    expect(config.platforms).toEqual([platform]);
    expect(config.key?.publicJwk).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: config.key?.kid });
    expect(config.key?.publicJwk).not.toHaveProperty('d');
  });
});
