import { IntentLink } from '@/components/site/intent-link';

/** In development only: the set files with errors, each linking to a page that lists them. */
export function BrokenSets({ ids }: { ids: readonly string[] }) {
  return (
    <section aria-labelledby="broken-sets" className="mt-10 rounded-lg border-2 border-wrong bg-wrong-soft p-5">
      <h2 id="broken-sets" className="text-xl font-bold">
        Sets with errors
      </h2>
      <p className="mt-1 text-sm">Only in development: these files have errors and would stop a build.</p>
      <ul className="mt-3 list-disc pl-5">
        {ids.map((id) => (
          <li key={id}>
            <IntentLink href={`/sets/${id}`} className="text-accent underline">
              content/sets/{id}.yaml
            </IntentLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
