import { jwtVerify, SignJWT, type JWTPayload } from 'jose';

import type { ToolKey } from './config';

/**
 * The tokens Close Reader signs for itself with its own key, each kind with a
 * type of its own so one can never be taken for another: the login's state,
 * a launched student's session, and a teacher's deep-linking request.
 * They carry what would otherwise need a database, and the browser can read
 * but never change them.
 */
export const TOOL_TOKENS = {
  state: { type: 'close-reader-state', seconds: 10 * 60 },
  launch: { type: 'close-reader-launch', seconds: 3 * 60 * 60 },
  deepLink: { type: 'close-reader-deep-link', seconds: 60 * 60 },
} as const;

export type ToolTokenKind = keyof typeof TOOL_TOKENS;

const ISSUER = 'close-reader';

export function signToolToken(key: ToolKey, kind: ToolTokenKind, claims: JWTPayload): Promise<string> {
  const { type, seconds } = TOOL_TOKENS[kind];
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: type })
    .setIssuer(ISSUER)
    .setAudience(type)
    .setIssuedAt()
    .setExpirationTime(`${seconds}s`)
    .sign(key.privateKey);
}

/** The claims of a token this tool signed, of this kind, not expired; null for anything else. */
export async function verifyToolToken<T extends object>(key: ToolKey, kind: ToolTokenKind, token: string): Promise<(T & JWTPayload) | null> {
  const { type } = TOOL_TOKENS[kind];
  try {
    const { payload } = await jwtVerify<T & JWTPayload>(token, key.publicKey, { algorithms: ['RS256'], issuer: ISSUER, audience: type, typ: type });
    return payload;
  } catch {
    return null;
  }
}
