import { NextResponse, type NextRequest } from 'next/server';

import { jsonError } from '@/lib/http';
import { ltiFrameAncestors, platformsFromEnv } from '@/lib/lti';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require('./lib/http/security-headers.js') as { contentSecurityPolicy: (ancestors?: string) => string };

/** Whether every percent-escape of a path decodes: "%ff" and "%C0%AE" (an overlong dot) do not. */
function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Two jobs, each for only the requests that need it, so the proxy costs
 * nothing on every other page view:
 *
 * - A path whose percent-encoding is broken ("%ff", an overlong "%C0%AE")
 *   gets a deliberate answer with the usual headers: a 400 in the API's JSON
 *   under /api, the site's 404 page elsewhere. Next would otherwise fail to
 *   decode it inside the route and answer a bare 500. The matcher sends only
 *   paths holding a "%" here.
 * - The pages a learning platform shows in its frame (a launched set, the
 *   picker, the status page) may be framed by the platforms registered for
 *   LTI, some known only when the server runs (LTI_PLATFORMS can change
 *   without a build). Everything else keeps next.config.js's headers.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!decodes(pathname)) {
    if (pathname.startsWith('/api/')) return jsonError(400, 'The address is not valid: it has a broken percent-encoding.');
    return NextResponse.rewrite(new URL('/not-a-page', request.url));
  }
  if (!/^\/lti(?:$|\/pick$|\/sets\/)/.test(pathname)) return NextResponse.next();
  // The platforms of content/lti/platforms.yaml come through the build's environment (next.config.js): the compiled library is not traced into the proxy.
  const response = NextResponse.next();
  response.headers.set('Content-Security-Policy', contentSecurityPolicy(ltiFrameAncestors(platformsFromEnv(process.env.LTI_PLATFORMS).platforms)));
  return response;
}

export const config = { matcher: ['/lti', '/lti/pick', '/lti/sets/:path*', '/(.*%.*)'] };
