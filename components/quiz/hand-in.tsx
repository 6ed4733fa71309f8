import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';

import { confirmHandIn, type Confirmation } from '@/lib/quiz';
import { buildHandInReport, headerLines, reportText, sealLine, type HandInReport, type Seal } from '@/lib/results';

import { useQuiz } from './quiz-provider';

/** After submitting: the results to hand in, copied as text or printed on one page, with their verification code once the server confirms it. */
export function HandIn({ articleTitle, buttonClassName }: { articleTitle: string; buttonClassName: string }) {
  const report = useHandInReport(articleTitle);
  const seal = useSeal(report);
  if (!report) return null;
  return (
    <>
      <CopyResultsButton report={report} seal={seal} className={buttonClassName} />
      <button type="button" onClick={() => window.print()} disabled={!seal} className={buttonClassName}>
        Print
      </button>
      <p className="basis-full text-sm" data-testid="hand-in-seal">
        {seal ? sealLine(seal) : 'Checking the verification code…'}
      </p>
      {seal && <PrintedReport report={report} seal={seal} />}
    </>
  );
}

/** The report to hand in once the set is submitted; null before. */
function useHandInReport(articleTitle: string): HandInReport | null {
  const { set, answers, citations, results, submitted, lastScore, grade } = useQuiz(
    useShallow((s) => ({ set: s.set, answers: s.answers, citations: s.citations, results: s.results, submitted: s.submitted, lastScore: s.lastScore, grade: s.grade })),
  );
  return useMemo(
    () => (submitted && lastScore ? buildHandInReport({ set, articleTitle, answers, citations, results, lastScore, grade }) : null),
    [set, articleTitle, answers, citations, results, submitted, lastScore, grade],
  );
}

const WITHOUT_CODE: Record<Exclude<Confirmation, 'verified'>, string> = {
  refused: 'these results are not what Close Reader scored: they were changed after it scored them.',
  unchecked: 'this Close Reader can no longer check verification codes (it has no signing secret now).',
  unreachable: 'Close Reader could not be reached to confirm this code; it will be checked again once you are back online.',
};

/**
 * The seal the hand-in carries: its code, shown only once the server says it
 * holds for exactly these results (saved work can be edited), or why there is
 * none. Null while the server is asked.
 */
function useSeal(report: HandInReport | null): Seal | null {
  const lastScore = useQuiz((s) => s.lastScore);
  const code = lastScore?.code;
  const claimed = report && code ? reportText(report, { code }) : null;
  const [confirmed, setConfirmed] = useState<{ text: string; seal: Seal } | null>(null);
  // A page that could not reach the server asks again once the browser is back online.
  const [tries, setTries] = useState(0);
  useEffect(() => {
    const retry = () => setTries((n) => n + 1);
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, []);
  useEffect(() => {
    if (!claimed || !code) return;
    let current = true;
    void confirmHandIn(claimed).then((answer) => {
      if (current) setConfirmed({ text: claimed, seal: answer === 'verified' ? { code } : { unverified: WITHOUT_CODE[answer] } });
    });
    return () => {
      current = false;
    };
  }, [claimed, code, tries]);
  if (!report || !lastScore) return null;
  if (!code) return { unverified: lastScore.unverified ?? 'these results were scored before Close Reader gave hand-ins a verification code.' };
  return confirmed?.text === claimed ? confirmed.seal : null;
}

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; text: string };

/** Puts the results on the clipboard as plain text; where the browser refuses, shows the text to copy by hand. */
function CopyResultsButton({ report, seal, className }: { report: HandInReport; seal: Seal | null; className: string }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const copy = async () => {
    if (!seal) return;
    const text = reportText(report, seal);
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'manual', text });
    }
  };
  return (
    <>
      <button type="button" onClick={copy} disabled={!seal} className={className}>
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

/**
 * The printout: the results and the passages they cite, on one page. It is
 * placed at the end of <body>, hidden on screen, and the print stylesheet
 * shows it alone when there is one. Small type in two columns, one line per
 * prompt and at most two per answer, so a whole set fits a sheet; the right
 * answers stay on screen and in the copied text.
 */
function PrintedReport({ report, seal }: { report: HandInReport; seal: Seal }) {
  const grade = useQuiz((s) => s.grade);
  // Only ever shown after a submission, which is read from the browser's storage after hydration.
  if (typeof document === 'undefined') return null;
  return createPortal(
    <article data-printed-report className="hidden text-[7pt] leading-tight text-black print:block">
      <header className="mb-2 border-b border-black pb-1">
        <h1 className="text-[12pt] font-bold">{report.setTitle}</h1>
        {/* The header as the copied text words it, so a teacher can type it into the verify page. */}
        <p>{headerLines(report).slice(1, 5).join(' · ')}</p>
        {grade?.status === 'sent' && (
          <p>
            Sent to the gradebook of {grade.to}
            {grade.attempts > 1 && ` (attempt ${grade.attempt} of ${grade.attempts})`}
          </p>
        )}
        <p className="font-bold">{sealLine(seal)}</p>
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
