'use client';

import { CopyResultsButton } from './copy-results-button';
import { PrintedReport } from './printed-report';
import { useHandInReport } from './use-hand-in-report';

/** After submitting: the results to hand in, copied as text or printed on one page. */
export function HandIn({ articleTitle, buttonClassName }: { articleTitle: string; buttonClassName: string }) {
  const report = useHandInReport(articleTitle);
  if (!report) return null;
  return (
    <>
      <CopyResultsButton report={report} className={buttonClassName} />
      <button type="button" onClick={() => window.print()} className={buttonClassName}>
        Print
      </button>
      <PrintedReport report={report} />
    </>
  );
}
