import { NextResponse } from 'next/server';

import { ltiFrameAncestors, platformsFromEnv } from '@/lib/lti';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require('./lib/http/security-headers.js') as { contentSecurityPolicy: (ancestors?: string) => string };

/**
 * The pages a learning platform shows in its frame (a launched set, the
 * picker, the status page) may be framed by the platforms registered for
 * LTI, some known only when the server runs (LTI_PLATFORMS can change
 * without a build). Everything else keeps next.config.js's headers, and this
 * runs for nothing else.
 */
export function proxy() {
  // The platforms of content/lti/platforms.yaml come through the build's environment (next.config.js): the compiled library is not traced into the proxy.
  const response = NextResponse.next();
  response.headers.set('Content-Security-Policy', contentSecurityPolicy(ltiFrameAncestors(platformsFromEnv(process.env.LTI_PLATFORMS).platforms)));
  return response;
}

export const config = { matcher: ['/lti', '/lti/pick', '/lti/sets/:path*'] };
