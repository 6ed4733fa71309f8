import { IntentLink } from '@/components/site/intent-link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-measure px-4 py-16">
      <h1 className="font-reading text-3xl font-bold">Page not found</h1>
      <p className="mt-4">
        There is no question set here. <IntentLink href="/" className="text-accent underline">See every set</IntentLink>.
      </p>
    </main>
  );
}
