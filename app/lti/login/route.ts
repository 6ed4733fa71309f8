import type { NextRequest } from 'next/server';

import { storageKey, ltiConfig, readLoginRequest, requestOrigin, startLogin, stateCookie, stateCookieName, htmlResponse, scriptNonce } from '@/lib/lti';
import { loginPage, ltiOffPage, refusalPage } from '@/components/lti/lti-pages';

/**
 * OIDC login initiation: a platform sends the browser here (GET or a form
 * POST) when a student or teacher opens Close Reader from a course.
 */
async function login(request: NextRequest): Promise<Response> {
  const config = await ltiConfig();
  const url = new URL(request.url);
  // The login page asks whether this browser kept the login's cookie inside the platform's frame.
  const check = url.searchParams.get('cookie_check');
  if (request.method === 'GET' && check) {
    return Response.json({ kept: request.cookies.has(stateCookieName(check)) }, { headers: { 'cache-control': 'no-store' } });
  }
  if (!config.on) return htmlResponse(ltiOffPage(config.reasons), { status: 503, platforms: config.platforms });

  let params = url.searchParams;
  if (request.method === 'POST') {
    try {
      params = new URLSearchParams([...(await request.formData()).entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
    } catch {
      params = new URLSearchParams();
    }
  }
  const read = readLoginRequest(params);
  if (!read.ok) return htmlResponse(refusalPage(read.refusal), { status: 400, platforms: config.platforms });
  const started = await startLogin(config, read.login, `${requestOrigin(request.headers, request.url)}/lti/launch`);
  if (!started.ok) return htmlResponse(refusalPage(started.refusal), { status: 400, platforms: config.platforms });

  const { authUrl, stateId, binding, storageTarget, platform } = started.started;
  const again = new URLSearchParams(params);
  again.delete('lti_storage_target');
  const nonce = scriptNonce();
  const html = loginPage(
    {
      authUrl,
      ...(storageTarget ? { storage: { target: storageTarget, origin: new URL(platform.authorizationUrl).origin, key: storageKey(stateId), value: binding } } : {}),
      cookieCheckUrl: `/lti/login?cookie_check=${stateId}`,
      newWindowUrl: `/lti/login?${again.toString()}`,
    },
    nonce,
  );
  return htmlResponse(html, { nonce, cookies: [stateCookie(stateCookieName(stateId), binding)], platforms: config.platforms });
}

export { login as GET, login as POST };
