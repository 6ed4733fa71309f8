import { describe, expect, it } from 'vitest';

import { decodeJwtPayload, launchLine, readLaunch, type Launch } from '@/lib/quiz';

import { base64url, launchPayload, makeToken, NOW } from './launch-token';

const SET = 'xi-jinping-in-russia';
const TOKEN = makeToken();
const LAUNCH: Launch = { token: TOKEN, name: 'Ada Lovelace', to: 'History 9B', setId: SET, exp: launchPayload.exp, student: 'Moodle at Example High/student-42' };

describe('readLaunch', () => {
  it.each<[string, string, Launch | null]>([
    ['a launch for this set', `#lti=${TOKEN}`, LAUNCH],
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
    ['no subject', `#lti=${makeToken({ ...launchPayload, sub: '' })}`, null],
    ['no expiry', `#lti=${makeToken({ ...launchPayload, exp: undefined })}`, null],
    ['a launch for another set', `#lti=${makeToken({ ...launchPayload, setId: 'another-set' })}`, null],
    ['an expired launch', `#lti=${makeToken({ ...launchPayload, exp: NOW / 1000 - 1 })}`, null],
    ['a launch expiring this very second', `#lti=${makeToken({ ...launchPayload, exp: NOW / 1000 })}`, null],
  ])('%s', (_, hash, expected) => {
    expect(readLaunch(hash, SET, NOW)).toEqual(expected);
  });
});

describe('decodeJwtPayload', () => {
  it('reads the payload without padding, whatever its length', () => {
    for (const name of ['A', 'Ab', 'Abc', 'Abcd']) expect(decodeJwtPayload(makeToken({ name }))).toEqual({ name });
  });

  it('reads base64url’s own characters', () => {
    // "?>" and "~~~" encode to "-" and "_" in base64url.
    expect(decodeJwtPayload(makeToken({ x: '?>?>~~~' }))).toEqual({ x: '?>?>~~~' });
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
