import { formatProblem, type ContentProblem } from '@/lib/content';

/** A broken set's errors, as `npm run content:check` prints them (development only: a broken set is never built). */
export function ContentErrors({ setId, problems }: { setId: string; problems: readonly ContentProblem[] }) {
  return (
    <main className="mx-auto w-full max-w-4xl px-4 py-10">
      <h1 className="font-reading text-3xl font-bold">This question set has errors</h1>
      <p className="mt-3 text-muted">
        Fix these in the file, save, and reload. Every other set keeps working. The same list comes from <code>npm run content:check</code>.
      </p>
      <ul aria-label={`Errors in ${setId}`} className="mt-6 grid gap-2">
        {problems.map((p) => (
          <li key={formatProblem(p)} className="rounded-md border-l-4 border-wrong bg-wrong-soft p-3 font-mono text-sm break-words text-ink">
            {formatProblem(p)}
          </li>
        ))}
      </ul>
    </main>
  );
}
