/**
 * How the LTI endpoints answer: HTML pages shown inside the platform's frame,
 * with a content security policy of their own. Their scripts run by a nonce
 * made for each response; they may be framed by the registered platforms
 * (and FRAME_ANCESTORS); forms may post to this site and, for a deep-linking
 * response, to the platform's return URL.
 */
import { base64url } from 'jose';

import type { Platform } from '@/lib/content';

import { platformOrigins } from './platform-origins.js';

const words = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * Who may hold Close Reader's LTI pages in a frame: this site, the registered
 * platforms (those given, and those of content/lti/platforms.yaml, which
 * next.config.js passes on) and FRAME_ANCESTORS.
 */
export function ltiFrameAncestors(platforms: readonly Platform[]): string {
  return [...new Set(["'self'", ...platformOrigins(platforms), ...words(process.env.LTI_FILE_PLATFORM_ORIGINS), ...words(process.env.FRAME_ANCESTORS)])].join(' ');
}

export const scriptNonce = () => base64url.encode(crypto.getRandomValues(new Uint8Array(16)));

export interface PageOptions {
  status?: number;
  /** The nonce the page's inline scripts carry. */
  nonce?: string;
  /** Origins besides this site that the page's forms post to. */
  formAction?: string[];
  cookies?: string[];
  platforms: readonly Platform[];
}

export function ltiHeaders({ nonce, formAction = [], platforms }: Omit<PageOptions, 'status' | 'cookies'>): Record<string, string> {
  const policy = [
    "default-src 'self'",
    nonce ? `script-src 'nonce-${nonce}'` : "script-src 'none'",
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${formAction.map((origin) => ` ${origin}`).join('')}`,
    `frame-ancestors ${ltiFrameAncestors(platforms)}`,
  ].join('; ');
  // The other security headers come from next.config.js, as on every page.
  return { 'content-security-policy': policy, 'cache-control': 'no-store' };
}

export function htmlResponse(html: string, options: PageOptions): Response {
  const headers = new Headers({ 'content-type': 'text/html; charset=utf-8', ...ltiHeaders(options) });
  for (const cookie of options.cookies ?? []) headers.append('set-cookie', cookie);
  return new Response(html, { status: options.status ?? 200, headers });
}

/** The cookie that keeps a login's binding: sent back on the platform's cross-site POST, and inside its frame where the browser partitions cookies. */
export function stateCookie(name: string, value: string, maxAge = 600): string {
  return `${name}=${value}; Path=/lti; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=None; Partitioned`;
}

/**
 * This site's origin as the browser addressed it (the redirect URI a platform
 * checks must match what was registered): the Host header, or the forwarded
 * host and protocol behind a proxy such as Vercel's.
 */
export function requestOrigin(headers: Headers, url: string): string {
  const fallback = new URL(url);
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host') || fallback.host;
  const protocol = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || fallback.protocol.replace(/:$/, '');
  return `${protocol}://${host}`;
}
