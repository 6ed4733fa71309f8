import type { ArticleMeta } from '@/lib/content';

/** The newsroom's corrections note: what this copy changed from the source. */
export function ArticleCorrections({ corrections }: { corrections: ArticleMeta['corrections'] }) {
  if (corrections.length === 0) return null;
  return (
    <aside aria-labelledby="corrections-title" className="mt-10 border-t border-rule pt-4 font-ui text-sm text-muted">
      <h2 id="corrections-title" className="font-semibold text-ink">
        Corrections
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {corrections.map((c) => (
          <li key={c.original}>
            “{c.original}” is corrected to “{c.corrected}”.{c.note ? ` ${c.note}` : ''}
          </li>
        ))}
      </ul>
    </aside>
  );
}
