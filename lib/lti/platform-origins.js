// @ts-check
// CommonJS (next.config.js requires it), so it requires.
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('node:fs');
const path = require('node:path');

/**
 * The origins a registered platform's pages come from (its issuer's and its
 * authorization endpoint's): the ones allowed to hold Close Reader's LTI
 * pages in a frame. CommonJS, because next.config.js uses it too.
 * @param {readonly { issuer: string, authorizationUrl: string }[]} platforms
 * @returns {string[]}
 */
function platformOrigins(platforms) {
  return [...new Set(platforms.flatMap((p) => [p.issuer, p.authorizationUrl].map((url) => new URL(url).origin)))];
}

/**
 * The origins of the platforms content/lti/platforms.yaml lists, as
 * content:check compiled them before the build ("" without any). next.config.js
 * hands them to proxy.ts through the environment: the proxy runs apart from
 * the compiled library, which is traced into the routes only.
 * @param {string} root the folder holding .content/library.json
 */
function compiledPlatformOrigins(root) {
  try {
    const { platforms = [] } = JSON.parse(fs.readFileSync(path.join(root, '.content', 'library.json'), 'utf8'));
    return platformOrigins(platforms).join(' ');
  } catch {
    return '';
  }
}

module.exports = { platformOrigins, compiledPlatformOrigins };
