import { describe, expect, it } from 'vitest';

import { checkPlatforms } from '@/lib/check';
import { formatProblem } from '@/lib/content';

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
    // The YAML slips a hand-edited file has, named as for a question set (tests/unit/yaml-mistakes.test.ts).
    [
      'a field indented by three spaces',
      good.replace('    issuer:', '   issuer:'),
      ['content/lti/platforms.yaml:3:4: error: "issuer" is indented by 3 spaces, but "name" on line 2, after its dash, stands 4 spaces in; the fields of a list item line up with the first one after its dash: indent "issuer" by 4 spaces'],
    ],
    [
      'a name with a colon, unquoted',
      good.replace('Moodle at Example High', 'Moodle: Example High'),
      ['content/lti/platforms.yaml:2:11: error: the value of "name" contains ": ", which YAML reads as the start of a field; put the value in quotes: name: "Moodle: Example High"'],
    ],
    ['a tab', good.replace('    tokenUrl', '\ttokenUrl'), ['content/lti/platforms.yaml:7:1: error: this line is indented with a tab; YAML allows only spaces for indentation: replace the tab with spaces']],
    [
      'a second platform without its dash',
      `${good}${good.split('\n').slice(1).join('\n').replace('  - name', '    name')}`,
      ['content/lti/platforms.yaml:9:5: error: "name" is written again with no dash before it, so YAML reads it as a second "name" of the item on line 2; each item of a list starts with "- ": if a new item starts here, start it with a dash indented by 2 spaces: - name: Moodle at Example High'],
    ],
    ['the one platform without its dash', good.replace('  - name', '    name'), ['content/lti/platforms.yaml:2:5: error: platforms: should be a list, not a group of fields; start each item with a dash ("- ")']],
  ])('%s: each problem at its line and column', (_, text, expected) => {
    const { platforms, problems } = checkPlatforms(text);
    expect(platforms).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual(expected);
  });
});
