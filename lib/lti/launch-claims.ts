/**
 * What an id_token's claims must say for a launch to be accepted (LTI Core
 * 1.3 §5, Security Framework 1.0 §5.1.3), once its signature, issuer,
 * audience and expiry have been verified: pure, so every rule has a row in a
 * table of tests. Each refusal says what failed and what an administrator
 * should check.
 */
import type { Platform } from '@/lib/content';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
export const CLAIMS = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  deepLinkingContentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
} as const;

export interface Refusal {
  /** What failed, for whoever sees the page. */
  what: string;
  /** What the administrator should check. */
  check: string;
}

export interface AgsEndpoint {
  scope: string[];
  lineitem?: string;
  lineitems?: string;
}

interface LaunchBase {
  platform: Platform;
  deploymentId: string;
  /** The user, when the launch is not anonymous. */
  sub?: string;
  name: string;
  roles: string[];
  context?: { id: string; title?: string };
}

export interface ResourceLinkLaunch extends LaunchBase {
  kind: 'resource-link';
  resourceLink: { id: string; title?: string };
  targetLinkUri: string;
  custom: Record<string, string>;
  ags?: AgsEndpoint;
}

export interface DeepLinkingLaunch extends LaunchBase {
  kind: 'deep-linking';
  returnUrl: string;
  /** Echoed back unchanged when the platform sent it. */
  data?: string;
}

export type Launch = ResourceLinkLaunch | DeepLinkingLaunch;

export type ClaimsCheck = { ok: true; launch: Launch } | { ok: false; refusal: Refusal };

type Claims = Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const refuse = (what: string, check: string): ClaimsCheck => ({ ok: false, refusal: { what, check } });

/** Allowed between the platform's clock and this server's. */
const CLOCK_SKEW_SECONDS = 60;

export function checkLaunchClaims(claims: Claims, expected: { platform: Platform; nonce: string; now: number }): ClaimsCheck {
  const { platform } = expected;
  const aud = Array.isArray(claims.aud) ? strings(claims.aud) : [str(claims.aud)].filter((a) => a !== undefined);
  if (!aud.includes(platform.clientId)) {
    return refuse(`The launch is addressed to the audience ${JSON.stringify(aud)}, not to this tool's client ID "${platform.clientId}".`, `The client ID registered for ${platform.name} must be the one the platform gave Close Reader.`);
  }
  if ((aud.length > 1 || claims.azp !== undefined) && claims.azp !== platform.clientId) {
    return refuse(`The launch's authorized party (azp) is ${JSON.stringify(claims.azp ?? null)}, not this tool's client ID "${platform.clientId}".`, `The client ID registered for ${platform.name}.`);
  }
  const iat = claims.iat;
  if (typeof iat !== 'number') return refuse('The launch has no issue time (iat).', `${platform.name} must send a standard LTI 1.3 id_token.`);
  if (iat > expected.now + CLOCK_SKEW_SECONDS) return refuse('The launch says it was issued in the future.', "The platform's clock, and this server's.");
  if (claims.nonce !== expected.nonce) {
    return refuse('The launch does not carry the nonce this browser was given when it logged in.', 'Open the activity again from the course; if it keeps happening, the platform may be caching the login.');
  }
  if (claims[CLAIMS.version] !== '1.3.0') {
    return refuse(`The launch is LTI version ${JSON.stringify(claims[CLAIMS.version] ?? null)}, not 1.3.0.`, `Register Close Reader in ${platform.name} as an LTI 1.3 tool.`);
  }
  const deploymentId = str(claims[CLAIMS.deploymentId]);
  if (!deploymentId || !platform.deploymentIds.includes(deploymentId)) {
    return refuse(
      `The launch comes from the deployment ${JSON.stringify(deploymentId ?? null)}, which is not registered for ${platform.name}.`,
      `Add this deployment ID to the platform's deploymentIds (${platform.deploymentIds.map((d) => `"${d}"`).join(', ')} now).`,
    );
  }
  const roles = claims[CLAIMS.roles];
  if (!Array.isArray(roles)) return refuse('The launch has no roles claim.', `${platform.name} must send a standard LTI 1.3 launch.`);
  const contextClaim = claims[CLAIMS.context];
  const contextId = isRecord(contextClaim) ? str(contextClaim.id) : undefined;
  const contextTitle = isRecord(contextClaim) ? str(contextClaim.title) : undefined;
  const name = str(claims.name) ?? ([str(claims.given_name), str(claims.family_name)].filter(Boolean).join(' ') || 'Student');
  const base: LaunchBase = {
    platform,
    deploymentId,
    ...(str(claims.sub) ? { sub: str(claims.sub) } : {}),
    name,
    roles: strings(roles),
    ...(contextId ? { context: { id: contextId, ...(contextTitle ? { title: contextTitle } : {}) } } : {}),
  };

  const messageType = claims[CLAIMS.messageType];
  if (messageType === 'LtiResourceLinkRequest') {
    const link = claims[CLAIMS.resourceLink];
    const linkId = isRecord(link) ? str(link.id) : undefined;
    if (!linkId) return refuse('The launch has no resource link id.', `${platform.name} must send a standard resource link launch.`);
    const linkTitle = isRecord(link) ? str(link.title) : undefined;
    const targetLinkUri = str(claims[CLAIMS.targetLinkUri]);
    if (!targetLinkUri) return refuse('The launch has no target link URI.', `${platform.name} must send a standard resource link launch.`);
    const customClaim = claims[CLAIMS.custom];
    const custom = isRecord(customClaim) ? Object.fromEntries(Object.entries(customClaim).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
    const agsClaim = claims[CLAIMS.ags];
    const ags = isRecord(agsClaim)
      ? { scope: strings(agsClaim.scope), ...(str(agsClaim.lineitem) ? { lineitem: str(agsClaim.lineitem) } : {}), ...(str(agsClaim.lineitems) ? { lineitems: str(agsClaim.lineitems) } : {}) }
      : undefined;
    return { ok: true, launch: { ...base, kind: 'resource-link', resourceLink: { id: linkId, ...(linkTitle ? { title: linkTitle } : {}) }, targetLinkUri, custom, ...(ags ? { ags } : {}) } };
  }
  if (messageType === 'LtiDeepLinkingRequest') {
    const settings = claims[CLAIMS.deepLinkingSettings];
    const returnUrl = isRecord(settings) ? str(settings.deep_link_return_url) : undefined;
    if (!isRecord(settings) || !returnUrl) return refuse('The deep linking request has no return URL.', `${platform.name} must send a standard Deep Linking 2.0 request.`);
    if (!strings(settings.accept_types).includes('ltiResourceLink')) {
      return refuse('The platform does not accept a link to an activity (ltiResourceLink) here.', 'Add Close Reader where the platform accepts activities, such as an assignment.');
    }
    const data = str(settings.data);
    return { ok: true, launch: { ...base, kind: 'deep-linking', returnUrl, ...(data ? { data } : {}) } };
  }
  return refuse(`The launch is a message of type ${JSON.stringify(messageType ?? null)}, which Close Reader does not handle.`, 'Close Reader takes resource link launches and deep linking requests.');
}

/** Which set a resource link opens: its custom parameter `set`, else a target link URI that names one. */
export function setIdOf(launch: ResourceLinkLaunch): string | undefined {
  if (launch.custom.set) return launch.custom.set.trim();
  try {
    const url = new URL(launch.targetLinkUri);
    return url.searchParams.get('set') ?? /^\/(?:lti\/)?sets\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  } catch {
    return undefined;
  }
}
