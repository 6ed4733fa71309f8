import { readingMinutes, type Shelf } from '@/lib/content';
import { formatDate } from '@/lib/text';

interface SetPickerProps {
  shelves: readonly Shelf[];
  /** The signed deep-linking request, posted back with the chosen set. */
  request: string;
  /** Where the teacher is adding the set, when the platform said. */
  course: string | null;
}

/**
 * The library as a teacher sees it when adding Close Reader to a course
 * (Deep Linking): every set under its article, with who it is for, its size
 * and how it works, and a button that adds it. Plain forms: nothing to hydrate.
 */
export function SetPicker({ shelves, request, course }: SetPickerProps) {
  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-10">
      <h1 className="font-reading text-3xl font-bold">Choose a question set{course ? ` for ${course}` : ''}</h1>
      <p className="mt-3 max-w-measure text-muted">
        The set you choose becomes an activity in your course, with its own gradebook column. Students who open it answer in Close Reader, and their scores come back to
        the gradebook.
      </p>
      <ul className="mt-8 grid gap-6" aria-label="Articles">
        {shelves.map(({ article, sets }) => (
          <li key={article.id} aria-labelledby={`article-${article.id}`} className="rounded-lg border border-rule bg-white p-5 shadow-sm">
            <h2 id={`article-${article.id}`} className="font-reading text-2xl font-bold">
              {article.meta.title}
            </h2>
            <p className="mt-1 text-sm text-muted">
              {article.meta.publication && `${article.meta.publication} · `}
              <time dateTime={article.meta.published}>{formatDate(article.meta.published)}</time> · about {readingMinutes(article.wordCount)} min
              to read
            </p>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2" aria-label={`Question sets on “${article.meta.title}”`}>
              {sets.map((set) => (
                <li key={set.id} aria-labelledby={`set-${set.id}`} className="flex flex-col gap-2 rounded-md border border-rule bg-paper p-4">
                  <h3 id={`set-${set.id}`} className="text-lg font-bold">
                    {set.title}
                  </h3>
                  {set.description && <p className="text-sm">{set.description}</p>}
                  <p className="text-sm">
                    {[
                      set.audience,
                      `${set.questions.length} questions`,
                      set.assessment ? `graded test, ${set.attempts === 1 ? 'one attempt' : `${set.attempts} attempts`}` : set.mode,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  <form method="post" action="/lti/deep-link" className="mt-auto">
                    <input type="hidden" name="request" value={request} />
                    <input type="hidden" name="set" value={set.id} />
                    <button
                      type="submit"
                      aria-label={`Choose this set: ${set.title}`}
                      className="rounded-md bg-accent px-4 py-2 font-medium text-white hover:opacity-90 focus-visible:outline-3 focus-visible:outline-offset-2"
                    >
                      Choose this set
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </main>
  );
}
