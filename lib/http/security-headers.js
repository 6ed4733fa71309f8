// @ts-check

/**
 * The headers every response of this app carries. next.config.js sends them,
 * and so does the blank page `npm run bench` measures the app against
 * (bench/blank/next.config.mjs): the two pages are compared served alike, so
 * the figures measure the pages, not the headers (a page with a
 * Cross-Origin-Opener-Policy opens in a browser process of its own).
 * docs/security.md explains each choice.
 */

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
 * locked down.
 */
/**
 * @param {string} ancestors who may frame the page: FRAME_ANCESTORS's list, or
 *   for the pages a learning platform frames, the registered platforms as well (lib/lti).
 */
const contentSecurityPolicy = (ancestors = frameAncestors) => [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  `frame-ancestors ${ancestors}`,
].join('; ');

/** @type {{ key: string, value: string }[]} */
const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // HTTPS only, for two years, subdomains included: browsers ignore it over plain HTTP (development, the tests' servers).
  ...(isDev ? [] : [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]),
];

module.exports = { securityHeaders, contentSecurityPolicy };
