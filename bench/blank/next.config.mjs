// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import securityHeadersModule from '../../lib/http/security-headers.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @type {import('next').NextConfig} */
const config = {
  // Resolve next and react from the project's own node_modules, two levels up.
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  // Served as the app is served, with the same headers (see lib/http/security-headers.js).
  async headers() {
    return [{ source: '/:path*', headers: securityHeadersModule.securityHeaders }];
  },
};

export default config;
