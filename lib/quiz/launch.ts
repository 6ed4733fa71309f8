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

const LAUNCH_TYPE = 'close-reader-launch';

const payloadSchema = v.object({
  typ: v.optional(v.string()),
  aud: v.optional(v.union([v.string(), v.array(v.string())])),
  /** Absent from an anonymous launch. */
  sub: v.optional(v.string(), ''),
  name: v.optional(v.nullable(v.string()), null),
  setId: v.string(),
  platform: v.string(),
  /** The platform's issuer, steadier than its name. */
  pis: v.optional(v.string()),
  context: v.optional(v.nullable(v.string()), null),
  exp: v.number(),
});

const headerSchema = v.object({ typ: v.optional(v.string()) });

/** One part of a JWT, base64url-decoded and parsed; null when it is not base64url, UTF-8 or JSON. */
function decodePart(part: string | undefined): unknown {
  if (part === undefined || !/^[\w-]+$/.test(part)) return null;
  try {
    const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return null;
  }
}

/** A JWT's header and payload, decoded; null when the token is not three parts or either is not JSON. */
export function decodeJwt(token: string): { header: unknown; payload: unknown } | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header, payload] = [decodePart(parts[0]), decodePart(parts[1])];
  return header === null || payload === null ? null : { header, payload };
}

/** Whether a token says it is a launch's session: by its type, in the header or the payload, or its audience. */
const isLaunchToken = (header: v.InferOutput<typeof headerSchema>, payload: v.InferOutput<typeof payloadSchema>) =>
  header.typ === LAUNCH_TYPE || payload.typ === LAUNCH_TYPE || [payload.aud].flat().includes(LAUNCH_TYPE);

/**
 * The launch in a URL fragment ("#lti=<token>") for this set, or null when
 * there is none, or it cannot be read, is for another set, or has expired.
 */
export function readLaunch(hash: string, setId: string, now: number = Date.now()): Launch | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('lti');
  const decoded = token ? decodeJwt(token) : null;
  if (!token || !decoded) return null;
  const header = v.safeParse(headerSchema, decoded.header);
  const payload = v.safeParse(payloadSchema, decoded.payload);
  if (!header.success || !payload.success || !isLaunchToken(header.output, payload.output)) return null;
  const { sub, name, platform, pis, context, exp } = payload.output;
  if (payload.output.setId !== setId || exp * 1000 <= now) return null;
  return { token, name: name?.trim() ?? '', to: context?.trim() || platform, setId, exp, student: `${pis ?? platform}/${sub}` };
}
