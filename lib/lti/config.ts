import 'server-only';

import { calculateJwkThumbprint, exportJWK, importJWK, importPKCS8, type CryptoKey, type JWK } from 'jose';
import { z } from 'zod';

import { platformsFileSchema, PLATFORMS_FILE, type Platform } from '@/lib/content';
import { getLibrary } from '@/lib/library';

/** The tool's own key: signs its messages to platforms (RS256), and its public half is served at /lti/jwks. */
export interface ToolKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
  kid: string;
}

export type LtiConfig =
  | { on: true; key: ToolKey; platforms: readonly Platform[] }
  /** LTI is off: why, in sentences an administrator can act on. The key may be ready before any platform is (its key set is served all the same). */
  | { on: false; reasons: string[]; platforms: readonly Platform[]; key?: ToolKey };

/** A PEM written on one line with "\n" escapes (as environment variable forms want) is read as the PEM it stands for. */
export function unescapePem(value: string): string {
  return value.trim().replace(/^"|"$/g, '').replace(/\\n/g, '\n').trim();
}

async function readKey(pem: string): Promise<ToolKey> {
  const privateKey = await importPKCS8(unescapePem(pem), 'RS256', { extractable: true });
  // The public half of an RSA private JWK is its modulus and exponent.
  const { kty, n, e } = await exportJWK(privateKey);
  const publicJwk: JWK = { kty, n, e };
  const kid = await calculateJwkThumbprint(publicJwk);
  const publicKey = (await importJWK(publicJwk, 'RS256')) as CryptoKey;
  return { privateKey, publicKey, publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' }, kid };
}

/** The platforms LTI_PLATFORMS lists: a JSON array, or `{"platforms": […]}` as in the file. */
export function platformsFromEnv(value: string | undefined): { platforms: Platform[]; problem?: string } {
  if (!value?.trim()) return { platforms: [] };
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch (error) {
    return { platforms: [], problem: `LTI_PLATFORMS is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = platformsFileSchema.safeParse(Array.isArray(json) ? { platforms: json } : json);
  if (!parsed.success) return { platforms: [], problem: `LTI_PLATFORMS is not a list of platforms: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}` };
  return { platforms: parsed.data.platforms };
}

let cached: { keyEnv: string | undefined; platformsEnv: string | undefined; filePlatforms: readonly Platform[]; config: Promise<LtiConfig> } | undefined;

async function readConfig(keyEnv: string | undefined, platformsEnv: string | undefined, filePlatforms: readonly Platform[]): Promise<LtiConfig> {
  const reasons: string[] = [];
  const fromEnv = platformsFromEnv(platformsEnv);
  if (fromEnv.problem) reasons.push(fromEnv.problem);
  const platforms = [...filePlatforms, ...fromEnv.platforms];
  if (platforms.length === 0 && !fromEnv.problem) reasons.push(`No learning platform is registered: list one in ${PLATFORMS_FILE} or in the LTI_PLATFORMS environment variable.`);
  let key: ToolKey | undefined;
  if (!keyEnv?.trim()) reasons.push('The tool has no key: run "npm run lti:keys" and set LTI_PRIVATE_KEY as it says.');
  else {
    try {
      key = await readKey(keyEnv);
    } catch (error) {
      reasons.push(`LTI_PRIVATE_KEY is not an RSA private key in PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"): ${error instanceof Error ? error.message : String(error)}. Make a new one with "npm run lti:keys".`);
    }
  }
  return key && reasons.length === 0 ? { on: true, key, platforms } : { on: false, reasons, platforms, ...(key ? { key } : {}) };
}

/** LTI's configuration: read from the environment and the compiled library, again only when either changes. */
export function ltiConfig(): Promise<LtiConfig> {
  const keyEnv = process.env.LTI_PRIVATE_KEY;
  const platformsEnv = process.env.LTI_PLATFORMS;
  const filePlatforms = getLibrary().platforms;
  if (cached && cached.keyEnv === keyEnv && cached.platformsEnv === platformsEnv && cached.filePlatforms === filePlatforms) return cached.config;
  const config = readConfig(keyEnv, platformsEnv, filePlatforms);
  cached = { keyEnv, platformsEnv, filePlatforms, config };
  return config;
}

/** The platform a launch or login comes from: its issuer, and its client id when there is one to tell registrations apart. */
export function findPlatform(platforms: readonly Platform[], issuer: string, clientId?: string): Platform | undefined {
  const candidates = platforms.filter((p) => p.issuer === issuer);
  return clientId ? candidates.find((p) => p.clientId === clientId) : candidates.length === 1 ? candidates[0] : undefined;
}

