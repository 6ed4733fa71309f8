/** A session token as the tool's server writes one, unsigned (the browser never checks the signature). */
export const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

export const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);

export const launchPayload = {
  typ: 'close-reader-launch',
  sub: 'student-42',
  name: 'Ada Lovelace',
  setId: 'xi-jinping-in-russia',
  platform: 'Moodle at Example High',
  context: 'History 9B',
  iss: 'https://close-reader.example',
  aud: 'https://close-reader.example',
  iat: NOW / 1000 - 60,
  exp: NOW / 1000 + 3 * 3600,
  lineItem: 'https://moodle.example.org/lineitems/7',
};

export const makeToken = (payload: unknown = launchPayload, header: unknown = { alg: 'RS256', kid: 'k1' }) =>
  `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.c2lnbmF0dXJl`;
