'use client';

import { PageError } from '@/components/site/page-error';

import './globals.css';

/** When even the root layout fails: a page of its own, with its own <html>, that keeps the answers and offers to reload. */
export default function GlobalError() {
  return (
    <html lang="en">
      <body>
        <PageError />
      </body>
    </html>
  );
}
