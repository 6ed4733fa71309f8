import { getLibrary } from '@/lib/content/load-library';
import { SetCard } from '@/components/library/set-card';

export default function LibraryPage() {
  const { sets, articles } = getLibrary();
  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-10">
      <h1 className="font-reading text-4xl font-bold">Read closely, then show what you found</h1>
      <p className="mt-3 max-w-measure text-lg text-muted">
        Each set pairs a news article with questions about who said what, when things happened and what the article really claims.
      </p>
      <ul className="mt-8 grid gap-4 md:grid-cols-2" aria-label="Question sets">
        {sets.map((set) => {
          const article = articles.get(set.article);
          return article ? <SetCard key={set.id} set={set} article={article} /> : null;
        })}
      </ul>
    </main>
  );
}
