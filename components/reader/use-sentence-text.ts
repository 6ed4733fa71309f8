'use client';

import { useSyncExternalStore } from 'react';

import { sentenceElementId } from '@/lib/text';

const noChanges = () => () => {};

/**
 * The text of a sentence of the article on this page, read from the page
 * itself, so the browser is never sent the article twice. Empty while the
 * page is rendered on the server and hydrated.
 */
export function useSentenceText(id: string): string {
  return useSyncExternalStore(
    noChanges,
    () => document.getElementById(sentenceElementId(id))?.textContent ?? '',
    () => '',
  );
}
