import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { ltiFrameAncestors } from '@/lib/lti';
import { compiledPlatformOrigins } from '@/lib/lti/platform-origins.js';

const platform = (issuer: string, authorizationUrl: string) => ({ name: 'P', issuer, clientId: 'c', deploymentIds: ['1'], authorizationUrl, tokenUrl: `${issuer}/t`, keySetUrl: `${issuer}/k` });

describe('who may frame the LTI pages', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('the compiled library’s platforms, by origin, once each', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'origins-'));
    fs.mkdirSync(path.join(root, '.content'));
    fs.writeFileSync(
      path.join(root, '.content', 'library.json'),
      JSON.stringify({ platforms: [platform('https://canvas.instructure.com', 'https://sso.canvaslms.com/api/lti/authorize_redirect'), platform('https://moodle.example.org', 'https://moodle.example.org/mod/lti/auth.php')] }),
    );
    expect(compiledPlatformOrigins(root)).toBe('https://canvas.instructure.com https://sso.canvaslms.com https://moodle.example.org');
    expect(compiledPlatformOrigins(path.join(root, 'nowhere'))).toBe('');
  });

  it.each([
    ['this site alone', [], {}, "'self'"],
    ['the platforms given', [platform('https://m.example', 'https://m.example/auth')], {}, "'self' https://m.example"],
    ['the file’s platforms, from the build', [], { LTI_FILE_PLATFORM_ORIGINS: 'https://f.example https://g.example' }, "'self' https://f.example https://g.example"],
    ['FRAME_ANCESTORS, without repeats', [platform('https://m.example', 'https://m.example/a')], { FRAME_ANCESTORS: 'https://*.instructure.com, https://m.example' }, "'self' https://m.example https://*.instructure.com"],
  ])('%s', (_, platforms, env, expected) => {
    Object.assign(process.env, env);
    expect(ltiFrameAncestors(platforms)).toBe(expected);
  });
});
