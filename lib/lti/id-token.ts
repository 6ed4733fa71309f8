import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

import type { Platform } from '@/lib/content';

import type { Refusal } from './launch-claims';

type KeySet = ReturnType<typeof createRemoteJWKSet>;

/**
 * One key set per platform, kept between launches: jose caches the keys and
 * fetches them again when a token names a key id it does not hold (a platform
 * rotating its keys), at most once a second.
 */
const keySets = new Map<string, KeySet>();

function keySetOf(platform: Platform): KeySet {
  let keySet = keySets.get(platform.keySetUrl);
  if (!keySet) {
    keySet = createRemoteJWKSet(new URL(platform.keySetUrl), { cooldownDuration: 1000, cacheMaxAge: 10 * 60 * 1000, timeoutDuration: 5000 });
    keySets.set(platform.keySetUrl, keySet);
  }
  return keySet;
}

/** A few seconds' difference between the platform's clock and this server's is forgiven. */
const CLOCK_TOLERANCE_SECONDS = 10;

/**
 * Verifies an id_token's signature against its platform's key set, and its
 * issuer and expiry; the other claims are checked by checkLaunchClaims.
 */
export async function verifyIdToken(token: string, platform: Platform): Promise<{ ok: true; claims: JWTPayload } | { ok: false; refusal: Refusal }> {
  try {
    const { payload } = await jwtVerify(token, keySetOf(platform), { algorithms: ['RS256'], issuer: platform.issuer, clockTolerance: CLOCK_TOLERANCE_SECONDS, requiredClaims: ['exp', 'iat'] });
    return { ok: true, claims: payload };
  } catch (error) {
    return { ok: false, refusal: explainTokenError(error, platform) };
  }
}

export function explainTokenError(error: unknown, platform: Platform): Refusal {
  const keys = `the public keyset URL registered for ${platform.name} (${platform.keySetUrl})`;
  if (error instanceof errors.JWTExpired) {
    return { what: 'The launch has expired: the platform signed it more than a minute ago.', check: "Open the activity again. If it keeps happening, compare the platform's clock with this server's." };
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return { what: `The launch was issued by ${JSON.stringify(error.payload.iss ?? null)}, not by ${platform.issuer}.`, check: `The issuer (platform ID) registered for ${platform.name}.` };
    if (error.claim === 'nbf' || error.claim === 'iat') return { what: 'The launch is not valid yet.', check: "The platform's clock, and this server's." };
    return { what: `The launch's "${error.claim}" claim is not valid: ${error.message}.`, check: `${platform.name} must send a standard LTI 1.3 id_token.` };
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return { what: 'The launch’s signature does not match the platform’s keys: it was not signed by the platform, or was changed on the way.', check: `${keys} must be the platform's own.` };
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return { what: 'The launch was signed with a key the platform’s key set does not hold, so its signature cannot be checked.', check: `${keys}.` };
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || (error instanceof Error && !(error instanceof errors.JOSEError))) {
    return { what: 'The platform’s public keys could not be fetched, so the launch’s signature cannot be checked.', check: `${keys} must answer with a JSON Web Key Set from this server.` };
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return { what: 'The launch is not signed with RS256.', check: `${platform.name} must sign launches with RS256, as LTI 1.3 requires.` };
  return { what: 'The launch is not a signed token this tool can read.', check: `${platform.name} must send a standard LTI 1.3 id_token.` };
}
