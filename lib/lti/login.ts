/**
 * OIDC third-party initiated login (Security Framework 1.0 §5.1.1): the
 * platform names itself and the user; the tool answers with an
 * authentication request back to the platform, carrying a state and a nonce.
 *
 * No database keeps them. The state is a token this tool signs, holding the
 * nonce, the platform and a hash of a secret (the binding) that only this
 * browser holds: in a cookie, and in the platform's postMessage storage where
 * the platform offers it. A launch is accepted only from the browser that
 * holds the binding, whatever the state's travels.
 */
import { createHash } from 'node:crypto';

import { base64url } from 'jose';

import type { Platform } from '@/lib/content';

import { findPlatform, type LtiConfig } from './config';
import type { Refusal } from './launch-claims';
import { signToolToken } from './tool-tokens';

export interface LoginRequest {
  issuer: string;
  loginHint: string;
  targetLinkUri: string;
  messageHint?: string;
  clientId?: string;
  deploymentId?: string;
  /** Where the platform's postMessage storage listens: "_parent" or the name of a frame in the parent window. */
  storageTarget?: string;
}

/** What the state token says: which login it belongs to. */
export interface StateClaims {
  /** The platform's issuer and the client id it knows this tool by. */
  pis: string;
  cid: string;
  nonce: string;
  /** The SHA-256 of the binding, base64url. */
  bh: string;
  /** The platform's postMessage storage target, when it offered one. */
  st?: string;
  jti: string;
}

export const random = (bytes = 18) => base64url.encode(crypto.getRandomValues(new Uint8Array(bytes)));

export const hashBinding = (binding: string) => createHash('sha256').update(binding).digest('base64url');

/** Where a login's binding is kept in the platform's postMessage storage: short, since a platform may give a tool little room (Canvas: 4,096 characters a page). */
export const storageKey = (stateId: string) => `state_${stateId}`;

/** The cookie that holds a login's binding: one per login, so two tabs launching at once keep theirs. */
export const stateCookieName = (stateId: string) => `lti_state_${stateId}`;

/** Reads the login initiation's parameters (from the query of a GET or the form of a POST). */
export function readLoginRequest(params: URLSearchParams): { ok: true; login: LoginRequest } | { ok: false; refusal: Refusal } {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const issuer = get('iss');
  const loginHint = get('login_hint');
  const targetLinkUri = get('target_link_uri');
  const missing = [!issuer && 'iss', !loginHint && 'login_hint', !targetLinkUri && 'target_link_uri'].filter(Boolean);
  if (!issuer || !loginHint || !targetLinkUri) {
    return { ok: false, refusal: { what: `The login request has no ${missing.join(', ')}.`, check: 'Close Reader’s login URL must be the "Initiate login URL" of a platform’s LTI 1.3 registration; it is not a page to open directly.' } };
  }
  const optional = (name: string) => (params.get(name) ?? undefined) || undefined;
  return {
    ok: true,
    login: {
      issuer,
      loginHint,
      targetLinkUri,
      // Echoed back exactly as it came, spaces and all.
      ...(optional('lti_message_hint') ? { messageHint: optional('lti_message_hint') } : {}),
      ...(get('client_id') ? { clientId: get('client_id') } : {}),
      ...(get('lti_deployment_id') ? { deploymentId: get('lti_deployment_id') } : {}),
      ...(get('lti_storage_target') ? { storageTarget: get('lti_storage_target') } : {}),
    },
  };
}

export interface StartedLogin {
  platform: Platform;
  /** The platform's authentication request, to send the browser to. */
  authUrl: string;
  state: string;
  stateId: string;
  nonce: string;
  /** The secret this browser must keep until the launch comes back. */
  binding: string;
  storageTarget?: string;
}

export async function startLogin(config: Extract<LtiConfig, { on: true }>, login: LoginRequest, redirectUri: string): Promise<{ ok: true; started: StartedLogin } | { ok: false; refusal: Refusal }> {
  const platform = findPlatform(config.platforms, login.issuer, login.clientId);
  if (!platform) {
    const known = config.platforms.filter((p) => p.issuer === login.issuer);
    return {
      ok: false,
      refusal: known.length
        ? { what: `The platform ${login.issuer} is registered, but not with the client ID ${JSON.stringify(login.clientId ?? null)}.`, check: `The clientId registered for ${known[0]?.name ?? login.issuer}.` }
        : { what: `The platform ${login.issuer} is not registered with Close Reader.`, check: 'Add it to content/lti/platforms.yaml or LTI_PLATFORMS with the values its registration screen shows (docs/lti.md).' },
    };
  }
  if (login.deploymentId && !platform.deploymentIds.includes(login.deploymentId)) {
    return { ok: false, refusal: { what: `The deployment ${JSON.stringify(login.deploymentId)} is not registered for ${platform.name}.`, check: 'Add this deployment ID to the platform’s deploymentIds.' } };
  }
  const stateId = random();
  const nonce = random();
  const binding = random(24);
  const claims: Omit<StateClaims, 'jti'> = { pis: platform.issuer, cid: platform.clientId, nonce, bh: hashBinding(binding), ...(login.storageTarget ? { st: login.storageTarget } : {}) };
  const state = await signToolToken(config.key, 'state', { ...claims, jti: stateId });
  const auth = new URL(platform.authorizationUrl);
  const query: Record<string, string | undefined> = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.clientId,
    redirect_uri: redirectUri,
    login_hint: login.loginHint,
    lti_message_hint: login.messageHint,
    state,
    nonce,
  };
  for (const [name, value] of Object.entries(query)) if (value !== undefined) auth.searchParams.set(name, value);
  return { ok: true, started: { platform, authUrl: auth.toString(), state, stateId, nonce, binding, ...(login.storageTarget ? { storageTarget: login.storageTarget } : {}) } };
}
