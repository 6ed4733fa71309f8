import { getSet } from '@/lib/library';
import { contentItemFor, htmlResponse, requestOrigin, ltiConfig, scriptNonce, signDeepLinkingResponse, verifyToolToken, type DeepLinkSession } from '@/lib/lti';
import { ltiOffPage, refusalPage, autoPostPage } from '@/components/lti/lti-pages';

/** The teacher picked a set in /lti/pick: the signed Deep Linking response goes back to the platform. */
export async function POST(request: Request): Promise<Response> {
  const config = await ltiConfig();
  if (!config.on) return htmlResponse(ltiOffPage(config.reasons), { status: 503, platforms: config.platforms });
  const form = await request.formData().catch(() => new FormData());
  const token = form.get('request');
  const setId = form.get('set');
  const session = typeof token === 'string' ? await verifyToolToken<DeepLinkSession>(config.key, 'deepLink', token) : null;
  const refuse = (what: string) =>
    htmlResponse(refusalPage({ what, check: 'Add Close Reader to the course again: the picker is valid for an hour.' }, 'The set could not be added'), { status: 400, platforms: config.platforms });
  if (!session) return refuse('The picker’s request is not one Close Reader issued, or it is more than an hour old.');
  const set = typeof setId === 'string' ? getSet(setId) : undefined;
  if (!set) return refuse('That set is not in Close Reader’s library.');
  const origin = requestOrigin(request.headers, request.url);
  const jwt = await signDeepLinkingResponse(config.key, session, [contentItemFor(set, `${origin}/lti/launch`)]);
  const nonce = scriptNonce();
  return htmlResponse(autoPostPage(session.ret, { JWT: jwt }, `Adding “${set.title}” to your course…`, nonce), {
    nonce,
    formAction: [new URL(session.ret).origin],
    platforms: config.platforms,
  });
}
