'use client';

import { PageError } from '@/components/site/page-error';

/** A set page that fails to render: the site header stays, the answers are kept, and a reload brings the page back. */
export default function SetPageError() {
  return <PageError />;
}
