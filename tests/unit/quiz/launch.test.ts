import { describe, expect, it } from 'vitest';

import { decodeJwt, launchLine, readLaunch, type Launch } from '@/lib/quiz';

import { base64url, launchPayload, makeToken, NOW } from './launch-token';

const SET = 'xi-jinping-in-russia';
const TOKEN = makeToken();
const LAUNCH: Launch = { token: TOKEN, name: 'Ada Lovelace', to: 'History 9B', setId: SET, exp: launchPayload.exp, student: 'Moodle at Example High/student-42' };
/** The session as the tool's server signs it: its type in the header and as the audience, the platform's issuer beside its name. */
const signed = { ...launchPayload, typ: undefined, iss: 'close-reader', aud: 'close-reader-launch', pis: 'https://moodle.example.org' };
const SIGNED = makeToken(signed, { alg: 'RS256', kid: 'k1', typ: 'close-reader-launch' });

describe('readLaunch', () => {
  it.each<[string, string, Launch | null]>([
    ['a launch for this set', `#lti=${TOKEN}`, LAUNCH],
    ['a launch as the server signs it', `#lti=${SIGNED}`, { ...LAUNCH, token: SIGNED, student: 'https://moodle.example.org/student-42' }],
    ['a launch typed by its audience alone', `#lti=${makeToken(signed)}`, { ...LAUNCH, token: makeToken(signed), student: 'https://moodle.example.org/student-42' }],
    ['an anonymous launch', `#lti=${makeToken({ ...launchPayload, sub: undefined })}`, { ...LAUNCH, token: makeToken({ ...launchPayload, sub: undefined }), student: 'Moodle at Example High/' }],
    ['a launch beside other fragment parameters', `#q-airport-name&lti=${TOKEN}`, LAUNCH],
    ['no course: the platform is where grades go', `#lti=${makeToken({ ...launchPayload, context: null })}`, { ...LAUNCH, token: makeToken({ ...launchPayload, context: null }), to: 'Moodle at Example High' }],
    ['no course given at all', `#lti=${makeToken({ ...launchPayload, context: undefined })}`, { ...LAUNCH, token: makeToken({ ...launchPayload, context: undefined }), to: 'Moodle at Example High' }],
    ['a blank course title', `#lti=${makeToken({ ...launchPayload, context: '  ' })}`, { ...LAUNCH, token: makeToken({ ...launchPayload, context: '  ' }), to: 'Moodle at Example High' }],
    ['no name shared by the platform', `#lti=${makeToken({ ...launchPayload, name: null })}`, { ...LAUNCH, token: makeToken({ ...launchPayload, name: null }), name: '' }],
    ['a name outside ASCII', `#lti=${makeToken({ ...launchPayload, name: 'Zoë Ñúñez 王' })}`, { ...LAUNCH, token: makeToken({ ...launchPayload, name: 'Zoë Ñúñez 王' }), name: 'Zoë Ñúñez 王' }],
    ['no fragment', '', null],
    ['a fragment without a launch', '#q-airport-name', null],
    ['an empty launch', '#lti=', null],
    ['two parts, not three', `#lti=${TOKEN.split('.').slice(0, 2).join('.')}`, null],
    ['a payload that is not base64url', `#lti=a.b+c/d.e`, null],
    ['a payload that is not JSON', `#lti=a.${base64url('not json')}.s`, null],
    ['a payload that is not UTF-8', `#lti=a.${Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url')}.s`, null],
    ['a payload that is not an object', `#lti=${makeToken([1, 2])}`, null],
    ['another kind of token', `#lti=${makeToken({ ...launchPayload, typ: 'id_token' })}`, null],
    ['another of the tool’s tokens', `#lti=${makeToken({ ...signed, aud: 'close-reader-deep-link' }, { alg: 'RS256', typ: 'close-reader-deep-link' })}`, null],
    ['a header that is not JSON', `#lti=${base64url('{')}.${TOKEN.split('.')[1]}.s`, null],
    ['no expiry', `#lti=${makeToken({ ...launchPayload, exp: undefined })}`, null],
    ['a launch for another set', `#lti=${makeToken({ ...launchPayload, setId: 'another-set' })}`, null],
    ['an expired launch', `#lti=${makeToken({ ...launchPayload, exp: NOW / 1000 - 1 })}`, null],
    ['a launch expiring this very second', `#lti=${makeToken({ ...launchPayload, exp: NOW / 1000 })}`, null],
  ])('%s', (_, hash, expected) => {
    expect(readLaunch(hash, SET, NOW)).toEqual(expected);
  });
});

describe('decodeJwt', () => {
  it('reads the payload without padding, whatever its length', () => {
    for (const name of ['A', 'Ab', 'Abc', 'Abcd']) expect(decodeJwt(makeToken({ name }))?.payload).toEqual({ name });
  });

  it('reads base64url’s own characters', () => {
    // "?>" and "~~~" encode to "-" and "_" in base64url.
    expect(decodeJwt(makeToken({ x: '?>?>~~~' }))?.payload).toEqual({ x: '?>?>~~~' });
  });
});

describe('launchLine', () => {
  it.each([
    [{ name: 'Ada Lovelace', to: 'History 9B' }, 'Answering as Ada Lovelace · History 9B'],
    [{ name: '', to: 'Moodle at Example High' }, 'Answering for Moodle at Example High'],
  ])('%o → %s', (launch, line) => {
    expect(launchLine(launch)).toBe(line);
  });
});
