import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getLibraryPages } from '@/lib/library';
import { LibraryView } from '@/components/library/library-view';

export const dynamicParams = false;

/** Pages 2 onwards: the first page of the library is the home page. */
export function generateStaticParams() {
  return getLibraryPages()
    .slice(1)
    .map((_, i) => ({ page: String(i + 2) }));
}

export async function generateMetadata({ params }: PageProps<'/library/[page]'>): Promise<Metadata> {
  const { page } = await params;
  return { title: `Library, page ${page} of ${getLibraryPages().length}` };
}

export default async function LibraryPage({ params }: PageProps<'/library/[page]'>) {
  const page = Number((await params).page);
  const pages = getLibraryPages();
  const shelves = pages[page - 1];
  if (!Number.isInteger(page) || page < 2 || !shelves) notFound();
  return <LibraryView shelves={shelves} page={page} pages={pages.length} />;
}
