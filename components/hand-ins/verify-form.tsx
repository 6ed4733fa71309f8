'use client';

import { useState, type FormEvent } from 'react';

import { askVerdict } from '@/lib/quiz';

type Outcome = { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; status: string; message: string } | { kind: 'failed'; message: string };

/** The paste box, and what the server says of what was pasted. */
export function VerifyForm() {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const check = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('hand-in') ?? '');
    setOutcome({ kind: 'checking' });
    const verdict = await askVerdict(text);
    setOutcome(verdict.ok ? { kind: 'done', status: verdict.status, message: verdict.message } : { kind: 'failed', message: verdict.message });
  };
  const verified = outcome.kind === 'done' && (outcome.status === 'verified' || outcome.status === 'header');
  return (
    <form onSubmit={check} className="mt-6">
      <label htmlFor="hand-in" className="block font-medium">
        The hand-in
      </label>
      <textarea id="hand-in" name="hand-in" required rows={12} maxLength={60_000} className="mt-1 block w-full rounded-md border border-muted bg-white p-2 font-mono text-sm" />
      <button type="submit" disabled={outcome.kind === 'checking'} className="mt-3 rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong disabled:opacity-50">
        {outcome.kind === 'checking' ? 'Checking…' : 'Check'}
      </button>
      <div role="status" className="mt-4">
        {(outcome.kind === 'done' || outcome.kind === 'failed') && (
          <p data-verification={outcome.kind === 'done' ? outcome.status : 'failed'} className={verified ? 'rounded-md border-2 border-correct bg-correct-soft p-3 font-medium' : 'rounded-md border-2 border-wrong bg-wrong-soft p-3 font-medium'}>
            {outcome.message}
          </p>
        )}
      </div>
    </form>
  );
}
