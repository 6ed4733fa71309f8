import { libraryPageHref } from '@/lib/content';
import { pagerItems } from '@/lib/ui';
import { IntentLink } from '@/components/site/intent-link';

const box = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3 font-medium';
const link = `${box} border-rule bg-white hover:border-accent hover:text-accent`;
const here = `${box} border-accent bg-accent text-white`;

/** Links to the library's other pages: previous, next, and page numbers around this one. */
export function LibraryPager({ page, pages }: { page: number; pages: number }) {
  return (
    <nav aria-label="Library pages" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <IntentLink href={libraryPageHref(page - 1)} rel="prev" className={link}>
              Previous<span className="sr-only"> page</span>
            </IntentLink>
          </li>
        )}
        {pagerItems(page, pages).map((item, i) =>
          item === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={item}>
              <IntentLink
                href={libraryPageHref(item)}
                aria-current={item === page ? 'page' : undefined}
                className={item === page ? here : link}
              >
                <span className="sr-only">Page </span>
                {item}
              </IntentLink>
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <IntentLink href={libraryPageHref(page + 1)} rel="next" className={link}>
              Next<span className="sr-only"> page</span>
            </IntentLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
