/**
 * Assignment and Grade Services 2.0, as a tool uses it: an access token from
 * the platform (client credentials with a signed JWT assertion, Security
 * Framework 1.0 §4.1), the student's result on a line item, and a score
 * posted to it.
 */
import { SignJWT } from 'jose';

import type { Platform } from '@/lib/content';

import type { ToolKey } from './config';
import { random } from './login';

const AGS = 'https://purl.imsglobal.org/spec/lti-ags/scope/';
export const AGS_SCOPES = { lineitem: `${AGS}lineitem`, results: `${AGS}result.readonly`, score: `${AGS}score` } as const;

/** Why talking to the platform failed, in words a student can be shown. */
export class PlatformError extends Error {}

const TIMEOUT_MS = 10_000;

async function call(url: string, init: RequestInit, what: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS), cache: 'no-store' });
  } catch {
    throw new PlatformError(`the learning platform could not be reached (${what})`);
  }
  return response;
}

async function failure(response: Response, what: string): Promise<PlatformError> {
  const detail = (await response.text().catch(() => '')).replace(/\s+/g, ' ').slice(0, 160);
  return new PlatformError(`the learning platform answered ${response.status} to ${what}${detail ? ` (${detail})` : ''}`);
}

/** Access tokens by platform and scopes, kept until a little before they expire. */
const tokens = new Map<string, { token: string; until: number }>();

export async function accessToken(key: ToolKey, platform: Platform, scopes: readonly string[], renew = false): Promise<string> {
  const scope = [...scopes].sort().join(' ');
  const cacheKey = `${platform.tokenUrl} ${platform.clientId} ${scope}`;
  const cached = tokens.get(cacheKey);
  if (cached && !renew && cached.until > Date.now()) return cached.token;

  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.tokenAudience ?? platform.tokenUrl)
    .setIssuedAt()
    .setExpirationTime('5m')
    .setJti(random())
    .sign(key.privateKey);
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
    scope,
  });
  const what = 'the request for an access token';
  const response = await call(platform.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body }, what);
  if (!response.ok) throw await failure(response, what);
  const json = (await response.json().catch(() => null)) as { access_token?: unknown; expires_in?: unknown } | null;
  if (typeof json?.access_token !== 'string') throw new PlatformError('the learning platform sent no access token');
  const seconds = typeof json.expires_in === 'number' ? json.expires_in : 3600;
  tokens.set(cacheKey, { token: json.access_token, until: Date.now() + Math.max(0, seconds - 30) * 1000 });
  return json.access_token;
}

/** A service under a line item (`/scores`, `/results`): its path goes after the line item's path, before any query it has. */
export function lineItemService(lineItem: string, service: 'scores' | 'results', query: Record<string, string> = {}): string {
  const url = new URL(lineItem);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${service}`;
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}

export interface AgsClient {
  get(url: string, accept: string, what: string): Promise<unknown>;
  post(url: string, type: string, body: unknown, what: string): Promise<Response>;
}

/** Calls to a platform's services with a token for the given scopes, renewed once if the platform no longer takes it. */
export function agsClient(key: ToolKey, platform: Platform, scopes: readonly string[]): AgsClient {
  const send = async (url: string, init: RequestInit, what: string) => {
    let response = await call(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${await accessToken(key, platform, scopes)}` } }, what);
    if (response.status === 401) {
      response = await call(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${await accessToken(key, platform, scopes, true)}` } }, what);
    }
    return response;
  };
  return {
    async get(url, accept, what) {
      const response = await send(url, { headers: { accept } }, what);
      if (!response.ok) throw await failure(response, what);
      return response.json().catch(() => {
        throw new PlatformError(`the learning platform's answer to ${what} is not JSON`);
      });
    },
    post: (url, type, body, what) => send(url, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify(body) }, what),
  };
}

export interface PlatformResult {
  /** The score as a fraction of the maximum, when the platform holds one. */
  fraction?: number;
  comment?: string;
}

/** The student's result on a line item, or null when there is none yet. */
export async function readResult(client: AgsClient, lineItem: string, userId: string): Promise<PlatformResult | null> {
  const json = await client.get(lineItemService(lineItem, 'results', { user_id: userId }), 'application/vnd.ims.lis.v2.resultcontainer+json', 'the request for the student’s result');
  const results = (Array.isArray(json) ? json : []) as { userId?: unknown; resultScore?: unknown; resultMaximum?: unknown; comment?: unknown }[];
  const mine = results.find((r) => String(r.userId) === userId);
  if (!mine) return null;
  // A platform may scale the score to its column without saying so in resultMaximum: the fraction is a fallback, never above 1.
  const max = typeof mine.resultMaximum === 'number' && mine.resultMaximum > 0 ? mine.resultMaximum : 1;
  return {
    ...(typeof mine.resultScore === 'number' ? { fraction: Math.min(1, mine.resultScore / max) } : {}),
    ...(typeof mine.comment === 'string' ? { comment: mine.comment } : {}),
  };
}

/** The line item a resource link's grades go to, found among the context's line items; created when there is none and the platform allows it. */
export async function lineItemFor(client: AgsClient, lineItems: string, link: { resourceLinkId: string; label: string; scoreMaximum: number; resourceId: string }, mayCreate: boolean): Promise<string | undefined> {
  const url = new URL(lineItems);
  url.searchParams.set('resource_link_id', link.resourceLinkId);
  const found = await client.get(url.toString(), 'application/vnd.ims.lis.v2.lineitemcontainer+json', 'the request for the gradebook columns');
  const items = (Array.isArray(found) ? found : []) as { id?: unknown; resourceLinkId?: unknown }[];
  const mine = items.filter((item) => typeof item.id === 'string' && (item.resourceLinkId === undefined || item.resourceLinkId === link.resourceLinkId));
  if (mine.length === 1) return mine[0]?.id as string;
  if (mine.length > 1 || !mayCreate) return undefined;
  const what = 'the request to create a gradebook column';
  const created = await client.post(lineItems, 'application/vnd.ims.lis.v2.lineitem+json', { scoreMaximum: link.scoreMaximum, label: link.label, resourceId: link.resourceId, resourceLinkId: link.resourceLinkId }, what);
  if (!created.ok) throw await failure(created, what);
  const item = (await created.json().catch(() => null)) as { id?: unknown } | null;
  return typeof item?.id === 'string' ? item.id : undefined;
}

export interface Score {
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  comment: string;
}

/** Posts a final score; a platform that refuses a second score in the same second (409) is asked again a second later. */
export async function postScore(client: AgsClient, lineItem: string, score: Score): Promise<void> {
  const body = { ...score, activityProgress: 'Completed', gradingProgress: 'FullyGraded', timestamp: new Date().toISOString() };
  const what = 'the score';
  const url = lineItemService(lineItem, 'scores');
  let response = await client.post(url, 'application/vnd.ims.lis.v1.score+json', body, what);
  if (response.status === 409) {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    response = await client.post(url, 'application/vnd.ims.lis.v1.score+json', { ...body, timestamp: new Date().toISOString() }, what);
  }
  if (!response.ok) throw await failure(response, what);
}
