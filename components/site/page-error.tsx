/**
 * What a student sees when a page breaks: their answers live in this
 * browser's storage, not in the page, so reloading brings the page back with
 * every answer in place.
 */
export function PageError() {
  return (
    <main role="alert" className="mx-auto max-w-measure px-4 py-16">
      <h1 className="font-reading text-3xl font-bold">Something went wrong on this page</h1>
      <p className="mt-4">Your answers are kept in this browser. Reload the page to carry on where you were.</p>
      <button type="button" onClick={() => window.location.reload()} className="mt-6 rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong">
        Reload the page
      </button>
    </main>
  );
}
