// @ts-check

// next.config.js is CommonJS, so it requires; the blank page of `npm run bench` imports the same module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { securityHeaders } = require('./lib/http/security-headers.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compiledPlatformOrigins } = require('./lib/lti/platform-origins.js');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `npm run bench` builds generated libraries with NEXT_DIST_DIR=.next-bench, leaving the app's own .next alone.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // NEXT_OUTPUT=standalone builds a self-contained server (tests/e2e/standalone.spec.ts proves it runs without the source).
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' } : {}),
  // The library content:check compiled is read at run time by the scoring API:
  // trace it into every server bundle, as Vercel and `output: "standalone"` need.
  outputFileTracingIncludes: {
    '/*': ['./.content/library.json'],
  },
  // The registered platforms' origins from content/lti/platforms.yaml, for proxy.ts's frame-ancestors.
  env: { LTI_FILE_PLATFORM_ORIGINS: compiledPlatformOrigins(process.env.CONTENT_ROOT ?? __dirname) },
  // No next/image in this app: nothing for the image optimizer to do.
  images: { unoptimized: true },
  async headers() {
    // The LTI pages are framed by learning platforms known only at run time:
    // their content security policy is their own (the route handlers', and proxy.ts's for the pages).
    const lti = ['/lti', '/lti/:path*'];
    const besidesPolicy = securityHeaders.filter((h) => h.key !== 'Content-Security-Policy');
    return [{ source: '/:path((?!lti/|lti$).*)', headers: securityHeaders }, ...lti.map((source) => ({ source, headers: besidesPolicy }))];
  },
};

module.exports = nextConfig;
