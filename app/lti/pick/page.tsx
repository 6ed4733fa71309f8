import type { Metadata } from 'next';

import { getLibrary } from '@/lib/library';
import { ltiConfig, verifyToolToken, type DeepLinkSession } from '@/lib/lti';
import { shelvesOf } from '@/lib/content';
import { SetPicker } from '@/components/lti/set-picker';

export const metadata: Metadata = { title: 'Choose a question set', robots: { index: false } };

/** Where a deep-linking launch brings a teacher: the library, to pick the set the course's activity opens. */
export default async function PickPage({ searchParams }: PageProps<'/lti/pick'>) {
  const { request } = await searchParams;
  const config = await ltiConfig();
  const session = config.key && typeof request === 'string' ? await verifyToolToken<DeepLinkSession>(config.key, 'deepLink', request) : null;
  if (!session || typeof request !== 'string') {
    return (
      <main className="mx-auto w-full max-w-3xl px-4 py-10">
        <h1 className="font-reading text-3xl font-bold">This picker has expired</h1>
        <p className="mt-3">Add Close Reader to your course again from your learning platform: the list of sets opens from there, and stays valid for an hour.</p>
      </main>
    );
  }
  const { sets, articles } = getLibrary();
  return <SetPicker shelves={shelvesOf(sets, articles)} request={request} course={session.context} />;
}
