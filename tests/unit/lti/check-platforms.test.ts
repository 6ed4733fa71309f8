import { describe, expect, it } from 'vitest';

import { checkPlatforms, formatProblem } from '@/lib/check';

const good = `platforms:
  - name: Moodle at Example High
    issuer: https://moodle.example.org
    clientId: "aBc123"
    deploymentIds: ["1"]
    authorizationUrl: https://moodle.example.org/mod/lti/auth.php
    tokenUrl: https://moodle.example.org/mod/lti/token.php
    keySetUrl: https://moodle.example.org/mod/lti/certs.php
`;

describe('checkPlatforms: content/lti/platforms.yaml', () => {
  it('reads a sound file', () => {
    const { platforms, problems } = checkPlatforms(good);
    expect(problems).toEqual([]);
    expect(platforms).toEqual([
      {
        name: 'Moodle at Example High',
        issuer: 'https://moodle.example.org',
        clientId: 'aBc123',
        deploymentIds: ['1'],
        authorizationUrl: 'https://moodle.example.org/mod/lti/auth.php',
        tokenUrl: 'https://moodle.example.org/mod/lti/token.php',
        keySetUrl: 'https://moodle.example.org/mod/lti/certs.php',
      },
    ]);
  });

  it.each([
    ['a misspelt field', good.replace('keySetUrl', 'keysetUrl'), ['content/lti/platforms.yaml:2:5: error: platforms[0]: missing the field "keySetUrl"', 'content/lti/platforms.yaml:8:5: error: platforms[0]: unknown field "keysetUrl"; did you mean "keySetUrl"?']],
    ['a URL that is not one', good.replace('https://moodle.example.org/mod/lti/token.php', 'moodle token'), ['content/lti/platforms.yaml:7:15: error: platforms[0].tokenUrl: write a whole URL, like "https://moodle.example.org/mod/lti/auth.php"']],
    ['no deployment', good.replace('["1"]', '[]'), ['content/lti/platforms.yaml:5:20: error: platforms[0].deploymentIds: list at least one deployment ID']],
    [
      'the same registration twice',
      `${good}${good.split('\n').slice(1).join('\n')}`,
      ['content/lti/platforms.yaml:11:15: error: platforms[1].clientId: issuer "https://moodle.example.org" with client ID "aBc123" is listed twice'],
    ],
  ])('%s: each problem at its line and column', (_, text, expected) => {
    const { platforms, problems } = checkPlatforms(text);
    expect(platforms).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual(expected);
  });
});
