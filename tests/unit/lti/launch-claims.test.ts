import { describe, expect, it } from 'vitest';

import type { Platform } from '@/lib/content';
import { checkLaunchClaims, CLAIMS, setIdOf, type ResourceLinkLaunch } from '@/lib/lti';

const platform: Platform = {
  name: 'Moodle',
  issuer: 'https://moodle.example.org',
  clientId: 'tool-1',
  deploymentIds: ['1', '7'],
  authorizationUrl: 'https://moodle.example.org/mod/lti/auth.php',
  tokenUrl: 'https://moodle.example.org/mod/lti/token.php',
  keySetUrl: 'https://moodle.example.org/mod/lti/certs.php',
};
const NOW = 1_800_000_000;

const resourceLink = {
  iss: platform.issuer,
  aud: 'tool-1',
  sub: '42',
  iat: NOW - 5,
  exp: NOW + 55,
  nonce: 'n-1',
  name: 'Ada Lovelace',
  [CLAIMS.messageType]: 'LtiResourceLinkRequest',
  [CLAIMS.version]: '1.3.0',
  [CLAIMS.deploymentId]: '1',
  [CLAIMS.targetLinkUri]: 'https://reader.example.org/lti/launch',
  [CLAIMS.resourceLink]: { id: 'rl-9', title: 'Reading check' },
  [CLAIMS.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
  [CLAIMS.context]: { id: 'c-1', title: 'History 9B' },
  [CLAIMS.custom]: { set: 'xi-jinping-in-russia' },
  [CLAIMS.ags]: { scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'], lineitems: 'https://moodle.example.org/ags/1/lineitems' },
};

const deepLinking = {
  ...resourceLink,
  [CLAIMS.messageType]: 'LtiDeepLinkingRequest',
  [CLAIMS.deepLinkingSettings]: { deep_link_return_url: 'https://moodle.example.org/dl/return', accept_types: ['ltiResourceLink'] },
};

const check = (claims: Record<string, unknown>) => checkLaunchClaims(claims, { platform, nonce: 'n-1', now: NOW });

describe('checkLaunchClaims refuses a launch, naming what failed', () => {
  const refusals: [string, Record<string, unknown>, RegExp][] = [
    ['another audience', { aud: 'someone-else' }, /audience/],
    ['several audiences without azp', { aud: ['tool-1', 'other'] }, /authorized party/],
    ['an azp that is not this tool', { azp: 'other' }, /authorized party/],
    ['no iat', { iat: undefined }, /issue time/],
    ['an iat in the future', { iat: NOW + 3600 }, /future/],
    ['another nonce', { nonce: 'n-2' }, /nonce/],
    ['LTI 1.1', { [CLAIMS.version]: '1.1' }, /not 1\.3\.0/],
    ['an unknown deployment', { [CLAIMS.deploymentId]: '99' }, /deployment "99"/],
    ['no deployment', { [CLAIMS.deploymentId]: undefined }, /deployment null/],
    ['no roles claim', { [CLAIMS.roles]: undefined }, /roles/],
    ['no resource link id', { [CLAIMS.resourceLink]: { title: 'x' } }, /resource link id/],
    ['no target link URI', { [CLAIMS.targetLinkUri]: undefined }, /target link URI/],
    ['an unknown message type', { [CLAIMS.messageType]: 'LtiSubmissionReviewRequest' }, /does not handle/],
  ];
  it.each(refusals)('%s', (_, change, message) => {
    const result = check({ ...resourceLink, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal.what).toMatch(message);
      expect(result.refusal.check.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['no return URL', { [CLAIMS.deepLinkingSettings]: { accept_types: ['ltiResourceLink'] } }, /return URL/],
    ['no ltiResourceLink among the accepted types', { [CLAIMS.deepLinkingSettings]: { deep_link_return_url: 'https://x.example/r', accept_types: ['file'] } }, /ltiResourceLink/],
  ])('a deep linking request with %s', (_, change, message) => {
    const result = check({ ...deepLinking, ...change });
    expect(result.ok || result.refusal.what).toMatch(message);
  });
});

describe('checkLaunchClaims reads an accepted launch', () => {
  it('a resource link: who, where, which link, and its grade service', () => {
    const result = check(resourceLink);
    expect(result).toMatchObject({
      ok: true,
      launch: {
        kind: 'resource-link',
        sub: '42',
        name: 'Ada Lovelace',
        deploymentId: '1',
        context: { id: 'c-1', title: 'History 9B' },
        resourceLink: { id: 'rl-9', title: 'Reading check' },
        custom: { set: 'xi-jinping-in-russia' },
        ags: { scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'], lineitems: 'https://moodle.example.org/ags/1/lineitems' },
      },
    });
  });

  it.each([
    ['an audience list holding this tool, with azp', { aud: ['tool-1', 'other'], azp: 'tool-1' }],
    ['an iat a few seconds ahead', { iat: NOW + 30 }],
    ['another registered deployment', { [CLAIMS.deploymentId]: '7' }],
    ['no sub (anonymous)', { sub: undefined }],
    ['empty roles', { [CLAIMS.roles]: [] }],
  ])('with %s', (_, change) => expect(check({ ...resourceLink, ...change }).ok).toBe(true));

  it.each([
    ['name', { name: 'Ada Lovelace' }, 'Ada Lovelace'],
    ['given and family names', { name: undefined, given_name: 'Ada', family_name: 'Lovelace' }, 'Ada Lovelace'],
    ['no name at all', { name: undefined }, 'Student'],
  ])("the student's name from %s", (_, change, name) => {
    const result = check({ ...resourceLink, ...change });
    expect(result.ok && result.launch.name).toBe(name);
  });

  it('a deep linking request, with its data echoed and without', () => {
    const settings = deepLinking[CLAIMS.deepLinkingSettings];
    expect(check({ ...deepLinking, [CLAIMS.deepLinkingSettings]: { ...settings, data: 'opaque' } })).toMatchObject({ ok: true, launch: { kind: 'deep-linking', returnUrl: 'https://moodle.example.org/dl/return', data: 'opaque' } });
    const without = check(deepLinking);
    expect(without.ok && without.launch.kind === 'deep-linking' && 'data' in without.launch).toBe(false);
  });
});

describe('setIdOf: which set a link opens', () => {
  const link = (custom: Record<string, string>, targetLinkUri: string) => ({ custom, targetLinkUri }) as ResourceLinkLaunch;
  it.each([
    ['the custom parameter', link({ set: ' seed-set ' }, 'https://r.example/lti/launch'), 'seed-set'],
    ['a target link URI /sets/<id>', link({}, 'https://r.example/sets/seed-set'), 'seed-set'],
    ['a target link URI /lti/sets/<id>/', link({}, 'https://r.example/lti/sets/seed-set/'), 'seed-set'],
    ['a target link URI ?set=<id>', link({}, 'https://r.example/lti/launch?set=seed-set'), 'seed-set'],
    ['nothing', link({}, 'https://r.example/lti/launch'), undefined],
    ['a target link URI that is not a URL', link({}, 'not a url'), undefined],
  ])('from %s', (_, launch, id) => expect(setIdOf(launch)).toBe(id));
});
