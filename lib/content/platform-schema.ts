/**
 * The learning platforms that may launch Close Reader (content/lti/platforms.yaml,
 * or LTI_PLATFORMS): part of the one content schema, kept apart because
 * nothing else in content refers to it.
 */
import { z } from 'zod';

/** Where the learning platforms that may launch Close Reader are listed, when a file lists them. */
export const PLATFORMS_FILE = 'content/lti/platforms.yaml';

const text = z.string().trim().min(1, 'must not be empty');

/** An address a browser or server is sent to: https, or http on this machine for development and tests. */
const endpoint = z.url({ protocol: /^https?$/, error: 'write a whole URL, like "https://moodle.example.org/mod/lti/auth.php"' });

/**
 * A learning platform Close Reader accepts LTI 1.3 launches from: what its
 * administrator copies from the platform's tool registration (docs/lti.md).
 */
export const platformSchema = z.strictObject({
  name: text.describe('Shown to students ("your score was sent to …") and administrators.'),
  issuer: endpoint.describe('The platform ID: the "iss" of its launches, like "https://moodle.example.org" or "https://canvas.instructure.com".'),
  clientId: text.describe('The client ID the platform gave this tool.'),
  deploymentIds: z.array(text).min(1, 'list at least one deployment ID').describe('The deployment IDs the platform shows for this tool.'),
  authorizationUrl: endpoint.describe('The platform\'s authentication request (OIDC authorization) URL.'),
  tokenUrl: endpoint.describe('The platform\'s access token URL.'),
  tokenAudience: text
    .optional()
    .describe('The audience of the token request\'s signed assertion, where the platform names one apart from its token URL (Brightspace\'s "OAuth2 Audience"); the token URL if left out.'),
  keySetUrl: endpoint.describe('The platform\'s public keyset (JWKS) URL.'),
});

export const platformsFileSchema = z
  .strictObject({ platforms: z.array(platformSchema) })
  .superRefine(({ platforms }, ctx) => {
    const seen = new Set<string>();
    platforms.forEach((p, i) => {
      const key = `${p.issuer} ${p.clientId}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `issuer "${p.issuer}" with client ID "${p.clientId}" is listed twice`, path: ['platforms', i, 'clientId'] });
      seen.add(key);
    });
  });

export type Platform = z.infer<typeof platformSchema>;
