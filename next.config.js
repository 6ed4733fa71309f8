// @ts-check

const isDev = process.env.NODE_ENV === 'development';

/**
 * Who may show these pages in a frame. `'self'` unless FRAME_ANCESTORS names
 * more, e.g. FRAME_ANCESTORS="https://moodle.myschool.org https://*.instructure.com"
 * so a school can embed a set in its LMS (see docs/security.md).
 */
const frameAncestors = ["'self'", ...(process.env.FRAME_ANCESTORS ?? '').split(/[\s,]+/).filter(Boolean)].join(' ');

/**
 * The pages stay static, so scripts are allowed inline rather than by nonce:
 * Next.js writes its React Server Components payload into inline scripts, and
 * a nonce would make every page render per request. Everything else is
 * locked down; docs/security.md explains the choice and what it costs.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  `frame-ancestors ${frameAncestors}`,
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `npm run bench` builds generated libraries with NEXT_DIST_DIR=.next-bench, leaving the app's own .next alone.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // NEXT_OUTPUT=standalone builds a self-contained server (tests/e2e/standalone.spec.ts proves it runs without the source).
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' } : {}),
  // Content files are read at run time by the scoring API: trace them into
  // every server bundle, as Vercel and `output: "standalone"` need.
  outputFileTracingIncludes: {
    '/*': ['./content/**/*'],
  },
  // No next/image in this app: nothing for the image optimizer to do.
  images: { unoptimized: true },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = nextConfig;
