'use client';

import { createPortal } from 'react-dom';

import { formatSubmittedAt, type HandInReport } from '@/lib/results';

/**
 * The printout: the results and the passages they cite, on one page. It is
 * placed at the end of <body>, hidden on screen, and the print stylesheet
 * shows it alone when there is one. Small type in two columns, one line per
 * prompt and at most two per answer, so a whole set fits a sheet; the right
 * answers stay on screen and in the copied text.
 */
export function PrintedReport({ report }: { report: HandInReport }) {
  // Only ever shown after a submission, which is read from the browser's storage after hydration.
  if (typeof document === 'undefined') return null;
  return createPortal(
    <article data-printed-report className="hidden text-[7pt] leading-tight text-black print:block">
      <header className="mb-2 border-b border-black pb-1">
        <h1 className="text-[12pt] font-bold">{report.setTitle}</h1>
        <p>
          {report.articleTitle} · Submitted {formatSubmittedAt(report.submittedAt)} ·{' '}
          <strong>
            Score: {report.score} of {report.maxScore} ({report.percent}%)
          </strong>
        </p>
        <p className="mt-1">Name: ____________________________</p>
      </header>
      <div className="columns-2 gap-5">
        <ol className="list-none">
          {report.rows.map((row) => (
            <li key={row.number} className="mb-0.5 break-inside-avoid">
              <span className="block truncate">
                <strong>{row.number}.</strong> {row.prompt}
              </span>
              <span className="line-clamp-2 pl-3">
                <strong>
                  {row.verdict} {row.points}/{row.maxPoints}
                </strong>
                {' · '}
                {row.answer.length > 0 ? row.answer.join('; ') : 'no answer'}
                {row.partB && (
                  <>
                    {' · '}
                    <strong>
                      Part B {row.partB.points}/{row.partB.maxPoints}
                    </strong>{' '}
                    {row.partB.answer.length > 0 ? row.partB.answer.join('; ') : 'no sentence'}
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
        {report.citations.length > 0 && (
          <section className="mt-2 text-[6pt]">
            <h2 className="font-bold">From the article</h2>
            <p>
              {report.citations.map((c) => (
                <span key={c.quote}>
                  {c.paragraph !== null && <>¶{c.paragraph} </>}“{c.quote}”{' '}
                </span>
              ))}
            </p>
          </section>
        )}
      </div>
    </article>,
    document.body,
  );
}
