/**
 * The launch (Security Framework 1.0 §5.1.1.3–5.1.3): the platform posts an
 * id_token and the state back. It is accepted only when the state is one this
 * tool issued, to this browser, for the platform that signed the token, and
 * the token's claims hold; then the student goes to the set, or the teacher
 * to the picker.
 */
import { getSet } from '@/lib/library';

import { findPlatform, type LtiConfig } from './config';
import { verifyIdToken } from './id-token';
import { checkLaunchClaims, setIdOf, type DeepLinkingLaunch, type Refusal, type ResourceLinkLaunch } from './launch-claims';
import { hashBinding, stateCookieName, storageKey, type StateClaims } from './login';
import { signToolToken, verifyToolToken } from './tool-tokens';

export interface LaunchForm {
  idToken: string;
  state: string;
  /** The binding read back from the platform's postMessage storage: absent before it was asked, "" when it held none. */
  storedBinding?: string;
}

export type LaunchOutcome =
  | { type: 'refused'; refusal: Refusal; stateId?: string }
  /** The cookie did not come back: ask the platform's postMessage storage for the binding, then post again. */
  | { type: 'ask-storage'; form: LaunchForm; storageTarget: string; platformOrigin: string; key: string }
  | { type: 'accepted'; location: string; stateId: string };

/** The launch's claims a launched student's session token carries: who, which set, and where the grade goes. */
export interface LaunchSession {
  sub?: string;
  name: string;
  setId: string;
  /** The platform's name, and the course's title when there is one: where the score goes. */
  platform: string;
  context: string | null;
  pis: string;
  cid: string;
  dep: string;
  rl: string;
  ags?: ResourceLinkLaunch['ags'];
}

/** What a teacher's deep-linking request token carries until the teacher picks a set. */
export interface DeepLinkSession {
  pis: string;
  cid: string;
  dep: string;
  ret: string;
  data?: string;
  name: string;
  context: string | null;
}

/** Nonces already used by an accepted launch, until their state could no longer be used anyway. */
const usedNonces = new Map<string, number>();
const NONCE_MEMORY_MS = 15 * 60 * 1000;

function spendNonce(nonce: string, now: number): boolean {
  for (const [n, until] of usedNonces) if (until < now) usedNonces.delete(n);
  if (usedNonces.has(nonce)) return false;
  usedNonces.set(nonce, now + NONCE_MEMORY_MS);
  return true;
}

const refused = (what: string, check: string, stateId?: string): LaunchOutcome => ({ type: 'refused', refusal: { what, check }, ...(stateId ? { stateId } : {}) });

export async function handleLaunch(config: Extract<LtiConfig, { on: true }>, form: LaunchForm, cookie: (name: string) => string | undefined): Promise<LaunchOutcome> {
  if (!form.idToken || !form.state) {
    return refused('The launch carries no id_token or no state.', 'Close Reader’s launch URL must be the "Redirection URI" of a platform’s LTI 1.3 registration; it is not a page to open directly.');
  }
  const state = await verifyToolToken<StateClaims>(config.key, 'state', form.state);
  if (!state?.jti) {
    return refused('The launch’s state is not one Close Reader issued, or its login began more than ten minutes ago.', 'Open the activity again from the course.');
  }
  const platform = findPlatform(config.platforms, state.pis, state.cid);
  if (!platform) return refused(`The platform ${state.pis} that began this login is no longer registered.`, 'The platforms listed in content/lti/platforms.yaml or LTI_PLATFORMS.', state.jti);

  const verified = await verifyIdToken(form.idToken, platform);
  if (!verified.ok) return { type: 'refused', refusal: verified.refusal, stateId: state.jti };
  const now = Math.floor(Date.now() / 1000);
  const checked = checkLaunchClaims(verified.claims, { platform, nonce: state.nonce, now });
  if (!checked.ok) return { type: 'refused', refusal: checked.refusal, stateId: state.jti };
  if (usedNonces.has(state.nonce)) {
    return refused('This launch was already used: a launch can be used once.', 'Open the activity again from the course. A launch sent twice may mean someone replayed it.', state.jti);
  }

  // A binding posted in the form counts only where this login kept it in the platform's postMessage storage:
  // elsewhere it would let anyone who began a login post it with their own binding from another browser.
  const binding = cookie(stateCookieName(state.jti)) ?? (state.st ? form.storedBinding : undefined);
  if (binding === undefined && state.st) {
    return { type: 'ask-storage', form, storageTarget: state.st, platformOrigin: new URL(platform.authorizationUrl).origin, key: storageKey(state.jti) };
  }
  if (!binding || hashBinding(binding) !== state.bh) {
    return refused(
      'This launch did not come back to the browser that started it: the browser holds no proof of the login it began.',
      'Open the activity again in the same browser. If it fails every time, the browser blocks cookies in the course’s frame and the platform offers no postMessage storage: open Close Reader in a new window (docs/lti.md).',
      state.jti,
    );
  }
  if (!spendNonce(state.nonce, Date.now())) return refused('This launch was already used: a launch can be used once.', 'Open the activity again from the course.', state.jti);

  const launch = checked.launch;
  if (launch.kind === 'deep-linking') return { type: 'accepted', location: `/lti/pick?request=${await deepLinkToken(config, launch)}`, stateId: state.jti };
  const setId = setIdOf(launch);
  if (!setId) {
    return refused('This link does not say which question set to open.', 'Add the custom parameter set=<set id> to the activity, or add it again through Close Reader’s picker (Deep Linking).', state.jti);
  }
  const set = getSet(setId);
  if (!set) return refused(`This link opens the set "${setId.slice(0, 100)}", which is not in Close Reader’s library.`, 'The activity’s custom parameter set=<set id>: the ids are the file names in content/sets.', state.jti);
  const session: LaunchSession = {
    ...(launch.sub ? { sub: launch.sub } : {}),
    name: launch.name,
    setId: set.id,
    platform: platform.name,
    context: launch.context?.title ?? null,
    pis: platform.issuer,
    cid: platform.clientId,
    dep: launch.deploymentId,
    rl: launch.resourceLink.id,
    ...(launch.ags ? { ags: launch.ags } : {}),
  };
  const token = await signToolToken(config.key, 'launch', { ...session });
  return { type: 'accepted', location: `/lti/sets/${encodeURIComponent(set.id)}#lti=${token}`, stateId: state.jti };
}

function deepLinkToken(config: Extract<LtiConfig, { on: true }>, launch: DeepLinkingLaunch): Promise<string> {
  const session: DeepLinkSession = {
    pis: launch.platform.issuer,
    cid: launch.platform.clientId,
    dep: launch.deploymentId,
    ret: launch.returnUrl,
    ...(launch.data ? { data: launch.data } : {}),
    name: launch.name,
    context: launch.context?.title ?? null,
  };
  return signToolToken(config.key, 'deepLink', { ...session });
}
