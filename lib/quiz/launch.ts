/**
 * A launch from a learning platform, as the set page sees it: the session
 * token the tool's server put in the URL fragment (`#lti=<token>`, kept there
 * so that a reload keeps the launch), and what the page shows of it. The
 * token's payload is read for display only, without checking its signature:
 * the server verifies the token on every use, so nothing here is trusted.
 */
import * as v from 'valibot';

export interface Launch {
  /** The session token, sent as `Authorization: Bearer` when the set is submitted. */
  token: string;
  /** The student's name; empty when the platform did not share it. */
  name: string;
  /** Where grades go: the course's title, else the platform's name. */
  to: string;
  setId: string;
  /** When the token expires, in seconds since 1970. */
  exp: number;
  /** The student on their platform: keeps each student's saved work apart on a shared browser. */
  student: string;
}

const payloadSchema = v.object({
  typ: v.literal('close-reader-launch'),
  sub: v.pipe(v.string(), v.nonEmpty()),
  name: v.optional(v.nullable(v.string()), null),
  setId: v.string(),
  platform: v.string(),
  context: v.optional(v.nullable(v.string()), null),
  exp: v.number(),
});

/** A JWT's payload, base64url-decoded and parsed; null when the token is not three parts or its payload is not JSON. */
export function decodeJwtPayload(token: string): unknown {
  const parts = token.split('.');
  const body = parts[1];
  if (parts.length !== 3 || body === undefined || !/^[\w-]+$/.test(body)) return null;
  try {
    const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return null;
  }
}

/**
 * The launch in a URL fragment ("#lti=<token>") for this set, or null when
 * there is none, or it cannot be read, is for another set, or has expired.
 */
export function readLaunch(hash: string, setId: string, now: number = Date.now()): Launch | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('lti');
  if (!token) return null;
  const payload = v.safeParse(payloadSchema, decodeJwtPayload(token));
  if (!payload.success) return null;
  const { sub, name, platform, context, exp } = payload.output;
  if (payload.output.setId !== setId || exp * 1000 <= now) return null;
  return { token, name: name?.trim() ?? '', to: context?.trim() || platform, setId, exp, student: `${platform}/${sub}` };
}
