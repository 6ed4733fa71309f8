import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getArticle, getLibrary, getSet, getSetErrors } from '@/lib/library';
import { toPublicSet, siblingSets } from '@/lib/content';
import { ArticleView } from '@/components/article/article-view';
import { ContentErrors } from '@/components/content/content-errors';
import { QuizPanel } from '@/components/quiz/quiz-panel';
import { QuizProvider } from '@/components/quiz/quiz-provider';
import { ReaderLayout } from '@/components/reader/reader-layout';
import { ReadAloud } from '@/components/reading-aids/read-aloud';

export const dynamicParams = false;

export function generateStaticParams() {
  const { sets, broken } = getLibrary();
  return [...sets.map((set) => set.id), ...broken.keys()].map((setId) => ({ setId }));
}

export async function generateMetadata({ params }: PageProps<'/sets/[setId]'>): Promise<Metadata> {
  const set = getSet((await params).setId);
  return set ? { title: set.title, description: set.description } : {};
}

export default async function SetPage({ params }: PageProps<'/sets/[setId]'>) {
  const { setId } = await params;
  const errors = getSetErrors(setId);
  if (errors) return <ContentErrors setId={setId} problems={errors} />;
  const set = getSet(setId);
  const article = set && getArticle(set.article);
  if (!set || !article) notFound();
  const publicSet = toPublicSet(set);
  return (
    <main className="flex min-h-0 flex-1 flex-col">
      <QuizProvider set={publicSet}>
        <ReaderLayout
          article={
            <>
              <ArticleView article={article} />
              <ReadAloud />
            </>
          }
          questions={<QuizPanel set={publicSet} articleTitle={article.meta.title} otherSets={siblingSets(set, getLibrary().sets)} />}
        />
      </QuizProvider>
    </main>
  );
}
