import type { Metadata } from 'next';
import { headers } from 'next/headers';

import { ltiConfig, requestOrigin } from '@/lib/lti';
import { LtiStatus } from '@/components/lti/lti-status';

export const metadata: Metadata = { title: 'LTI 1.3 for administrators' };

/** What an administrator needs to register Close Reader in a learning platform, and whether LTI is on here. */
export default async function LtiPage() {
  const config = await ltiConfig();
  return <LtiStatus origin={requestOrigin(await headers(), 'http://localhost:3000')} config={config} />;
}
