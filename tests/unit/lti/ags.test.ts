import { describe, expect, it } from 'vitest';

import { lineItemService, readAttempts, platformsFromEnv, readLoginRequest, scoreToSend, unescapePem } from '@/lib/lti';

describe('lineItemService puts the service after the line item path, before its query', () => {
  it.each([
    ['https://lms.example/ags/3/lineitems/7/lineitem?type_id=1', 'scores', {}, 'https://lms.example/ags/3/lineitems/7/lineitem/scores?type_id=1'],
    ['https://lms.example/api/lti/courses/1/line_items/2', 'scores', {}, 'https://lms.example/api/lti/courses/1/line_items/2/scores'],
    ['https://lms.example/api/lti/courses/1/line_items/2/', 'results', { user_id: 'u 1' }, 'https://lms.example/api/lti/courses/1/line_items/2/results?user_id=u+1'],
    ['https://lms.example/li?type_id=1', 'results', { user_id: '5' }, 'https://lms.example/li/results?type_id=1&user_id=5'],
  ] as const)('%s + %s', (lineItem, service, query, url) => expect(lineItemService(lineItem, service, query)).toBe(url));
});

describe('readAttempts: what the platform’s result says of the graded attempts', () => {
  it.each([
    ['no result', null, { used: 0 }],
    ['a result without a score or a comment (Moodle’s for a score of 0)', {}, { used: 0 }],
    ['a score Close Reader did not write (a teacher’s)', { fraction: 0.5 }, { used: Infinity, kept: 0.5 }],
    ['a score scaled past its maximum, read as at most all of it', { fraction: 8 }, { used: Infinity, kept: 1 }],
    ['our comment', { fraction: 0.5, comment: 'Attempt 2 of 3: 4 of 8 points on “A”.' }, { used: 2, kept: 0.5 }],
    ['our comment, read before the scaled score (Moodle out of 100)', { fraction: 75, comment: 'Attempt 1 of 2: 6 of 8 points on “A”.' }, { used: 1, kept: 0.75 }],
    ['our comment keeping an earlier score', { comment: "Attempt 2 of 2: 3 of 8 points on “A”. An earlier attempt's 6 is kept." }, { used: 2, kept: 0.75 }],
    ['our comment after a teacher’s note', { comment: 'Well done. Attempt 1 of 1: 8 of 8 points on “A”.' }, { used: 1, kept: 1 }],
  ] as const)('%s', (_, result, record) => expect(readAttempts(result)).toEqual(record));
});

describe('scoreToSend: the attempt’s own score, or the best one when the set keeps the best', () => {
  const set = (keep: 'best' | 'last') => ({ keep, title: 'Xi visits Moscow' });
  it.each([
    ['first attempt', set('best'), { used: 0 }, 6, 6, 'Attempt 1 of 2: 6 of 8 points on “Xi visits Moscow”.'],
    ['a better second attempt', set('best'), { used: 1, kept: 0.5 }, 7, 7, 'Attempt 2 of 2: 7 of 8 points on “Xi visits Moscow”.'],
    ['a worse second attempt, keeping the best', set('best'), { used: 1, kept: 0.75 }, 3, 6, "Attempt 2 of 2: 3 of 8 points on “Xi visits Moscow”. An earlier attempt's 6 is kept."],
    ['a worse second attempt, keeping the last', set('last'), { used: 1, kept: 0.75 }, 3, 3, 'Attempt 2 of 2: 3 of 8 points on “Xi visits Moscow”.'],
  ] as const)('%s', (_, which, previous, score, given, comment) => {
    expect(scoreToSend(which, { score, maxScore: 8 }, previous, previous.used + 1, 2)).toEqual({ scoreGiven: given, comment });
  });
});

describe('readLoginRequest', () => {
  it('reads what a platform sends, keeping lti_message_hint exactly as it came', () => {
    const params = new URLSearchParams({ iss: 'https://lms.example', login_hint: '7', target_link_uri: 'https://r.example/lti/launch', lti_message_hint: ' {"a": 1} ', client_id: 'c', lti_deployment_id: '1', lti_storage_target: '_parent' });
    expect(readLoginRequest(params)).toEqual({
      ok: true,
      login: { issuer: 'https://lms.example', loginHint: '7', targetLinkUri: 'https://r.example/lti/launch', messageHint: ' {"a": 1} ', clientId: 'c', deploymentId: '1', storageTarget: '_parent' },
    });
  });
  it.each([
    ['iss', { login_hint: '7', target_link_uri: 'x' }],
    ['login_hint', { iss: 'i', target_link_uri: 'x' }],
    ['target_link_uri', { iss: 'i', login_hint: '7' }],
  ])('refuses a request without %s, naming it', (missing, params) => {
    const read = readLoginRequest(new URLSearchParams(params));
    expect(read.ok || read.refusal.what).toContain(missing);
  });
});

describe('platformsFromEnv', () => {
  const platform = { name: 'M', issuer: 'https://m.example', clientId: 'c', deploymentIds: ['1'], authorizationUrl: 'https://m.example/a', tokenUrl: 'https://m.example/t', keySetUrl: 'https://m.example/k' };
  it.each([
    ['nothing', undefined, 0, undefined],
    ['a JSON array', JSON.stringify([platform]), 1, undefined],
    ['the file’s shape', JSON.stringify({ platforms: [platform, { ...platform, clientId: 'd' }] }), 2, undefined],
    ['broken JSON', '[{', 0, /not valid JSON/],
    ['a platform without a token URL', JSON.stringify([{ ...platform, tokenUrl: undefined }]), 0, /tokenUrl/],
  ])('%s', (_, value, count, problem) => {
    const read = platformsFromEnv(value);
    expect(read.platforms).toHaveLength(count);
    if (problem) expect(read.problem).toMatch(problem);
    else expect(read.problem).toBeUndefined();
  });
});

describe('unescapePem', () => {
  it.each([
    ['a PEM with real newlines', '-----BEGIN PRIVATE KEY-----\nAB\n-----END PRIVATE KEY-----\n'],
    ['one line with \\n escapes', '-----BEGIN PRIVATE KEY-----\\nAB\\n-----END PRIVATE KEY-----\\n'],
    ['one line in quotes', '"-----BEGIN PRIVATE KEY-----\\nAB\\n-----END PRIVATE KEY-----"'],
  ])('%s', (_, value) => expect(unescapePem(value)).toBe('-----BEGIN PRIVATE KEY-----\nAB\n-----END PRIVATE KEY-----'));
});
