'use client';

import { useState } from 'react';

import { type HandInReport, reportText } from '@/lib/results';

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; text: string };

/** Puts the results on the clipboard as plain text; where the browser refuses, shows the text to copy by hand. */
export function CopyResultsButton({ report, className }: { report: HandInReport; className: string }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const copy = async () => {
    const text = reportText(report);
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'manual', text });
    }
  };
  return (
    <>
      <button type="button" onClick={copy} className={className}>
        Copy results
      </button>
      <span role="status" className="self-center text-sm">
        {status.kind === 'copied' && 'Copied: paste the results where your teacher asked.'}
      </span>
      {status.kind === 'manual' && (
        <label className="basis-full text-sm">
          The browser would not copy for you: select this text and copy it.
          <textarea readOnly value={status.text} rows={6} className="mt-1 block w-full rounded border border-muted bg-white p-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} autoFocus />
        </label>
      )}
    </>
  );
}
