import type { Metadata } from 'next';
import { headers } from 'next/headers';

import { ltiConfig } from '@/lib/lti';
import { LtiStatus } from '@/components/lti/lti-status';

export const metadata: Metadata = { title: 'LTI 1.3 for administrators' };

/** What an administrator needs to register Close Reader in a learning platform, and whether LTI is on here. */
export default async function LtiPage() {
  const sent = await headers();
  const host = sent.get('x-forwarded-host') ?? sent.get('host') ?? 'localhost:3000';
  const protocol = sent.get('x-forwarded-proto') ?? (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? 'http' : 'https');
  const config = await ltiConfig();
  return <LtiStatus origin={`${protocol}://${host}`} config={config} />;
}
