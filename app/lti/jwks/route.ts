import { ltiConfig } from '@/lib/lti';

/** The tool's public key set: platforms verify its messages (deep linking responses, token requests) with it. */
export async function GET(): Promise<Response> {
  const config = await ltiConfig();
  const keys = config.key ? [config.key.publicJwk] : [];
  return Response.json({ keys }, { headers: { 'cache-control': 'public, max-age=300' } });
}
