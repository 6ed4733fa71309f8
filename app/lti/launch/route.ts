import type { NextRequest } from 'next/server';

import { handleLaunch, htmlResponse, ltiConfig, scriptNonce, stateCookie, stateCookieName } from '@/lib/lti';
import { ltiOffPage, refusalPage, storageLookupPage } from '@/components/lti/lti-pages';

/**
 * The launch: the platform posts the signed id_token and the state here
 * (the registration's redirect URI and target link URI). A student goes on to
 * the set, a teacher adding an activity to the picker.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const config = await ltiConfig();
  if (!config.on) return htmlResponse(ltiOffPage(config.reasons), { status: 503, platforms: config.platforms });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    form = new FormData();
  }
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const stored = field('lti_storage_binding');
  const outcome = await handleLaunch(
    config,
    { idToken: field('id_token') ?? '', state: field('state') ?? '', ...(stored !== undefined ? { storedBinding: stored } : {}) },
    (name) => request.cookies.get(name)?.value,
  );
  // The login's cookie has done its work either way.
  const spent = 'stateId' in outcome && outcome.stateId ? [stateCookie(stateCookieName(outcome.stateId), '', 0)] : [];
  switch (outcome.type) {
    case 'refused':
      return htmlResponse(refusalPage(outcome.refusal), { status: 401, cookies: spent, platforms: config.platforms });
    case 'ask-storage': {
      const nonce = scriptNonce();
      const html = storageLookupPage({ id_token: outcome.form.idToken, state: outcome.form.state }, { target: outcome.storageTarget, origin: outcome.platformOrigin, key: outcome.key }, nonce);
      return htmlResponse(html, { nonce, platforms: config.platforms });
    }
    case 'accepted': {
      const headers = new Headers({ location: outcome.location, 'cache-control': 'no-store' });
      for (const cookie of spent) headers.append('set-cookie', cookie);
      return new Response(null, { status: 303, headers });
    }
  }
}

export async function GET(): Promise<Response> {
  const config = await ltiConfig();
  return htmlResponse(
    refusalPage(
      { what: 'This address takes launches that a learning platform posts; it is not a page to open.', check: 'Open Close Reader from your course, or see /lti for the addresses to register.' },
      'Open Close Reader from your course',
    ),
    { status: 405, platforms: config.platforms },
  );
}
