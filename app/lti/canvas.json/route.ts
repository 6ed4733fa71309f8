import { AGS_SCOPES, requestOrigin } from '@/lib/lti';

/**
 * Canvas's LTI 1.3 configuration for this site (Developer Keys → + LTI Key →
 * Method "Enter URL"): the addresses, the grade scopes, and where teachers
 * find Close Reader (adding an assignment or a link picks a set by Deep Linking).
 */
export function GET(request: Request): Response {
  const origin = requestOrigin(request.headers, request.url);
  const launch = `${origin}/lti/launch`;
  const placement = (name: string) => ({ placement: name, message_type: 'LtiDeepLinkingRequest', target_link_uri: launch, text: 'Close Reader' });
  return Response.json(
    {
      title: 'Close Reader',
      description: 'Read a news article beside auto-scored comprehension questions; scores go to the gradebook.',
      oidc_initiation_url: `${origin}/lti/login`,
      target_link_uri: launch,
      public_jwk_url: `${origin}/lti/jwks`,
      scopes: Object.values(AGS_SCOPES),
      extensions: [
        {
          domain: new URL(origin).host,
          tool_id: 'close-reader',
          platform: 'canvas.instructure.com',
          privacy_level: 'name_only',
          settings: { text: 'Close Reader', placements: [placement('assignment_selection'), placement('link_selection')] },
        },
      ],
      custom_fields: {},
    },
    { headers: { 'cache-control': 'no-store' } },
  );
}
