import { getLibrary } from '@/lib/content/load-library';
import { shelvesOf } from '@/lib/content/shelves';
import { ArticleShelf } from '@/components/library/article-shelf';
import { IntentLink } from '@/components/site/intent-link';

export default function LibraryPage() {
  const { sets, articles, broken } = getLibrary();
  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-10">
      <h1 className="font-reading text-4xl font-bold">Read closely, then show what you found</h1>
      <p className="mt-3 max-w-measure text-lg text-muted">
        Each set pairs a news article with questions about who said what, when things happened and what the article really claims.
      </p>
      <ul className="mt-8 grid gap-6" aria-label="Articles">
        {shelvesOf(sets, articles).map((shelf) => (
          <ArticleShelf key={shelf.article.id} shelf={shelf} />
        ))}
      </ul>
      {broken.size > 0 && (
        <section aria-labelledby="broken-sets" className="mt-10 rounded-lg border-2 border-wrong bg-wrong-soft p-5">
          <h2 id="broken-sets" className="text-xl font-bold">
            Sets with errors
          </h2>
          <p className="mt-1 text-sm">Only in development: these files have errors and would stop a build.</p>
          <ul className="mt-3 list-disc pl-5">
            {[...broken.keys()].map((id) => (
              <li key={id}>
                <IntentLink href={`/sets/${id}`} className="text-accent underline">
                  content/sets/{id}.yaml
                </IntentLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
