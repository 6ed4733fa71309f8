import type { PublicSet } from '@/lib/content';
import { type Answer, type Citation, type EvidenceRef, type Grade, type PartScore, type QuestionResult } from '@/lib/answers';
import { gradeText, isAnswered, type LastScore } from '@/lib/quiz';
import { sentenceLabel } from '@/lib/text';

import { formatAnswer } from './format-answer';
import { END_LINE, formatUtc, VERIFICATION_LABEL, type Seal } from './hand-in-seal';

export type Verdict = 'right' | 'partly-right' | 'wrong';

export const verdictLabels: Record<Verdict, string> = {
  right: 'Correct',
  'partly-right': 'Partly right',
  wrong: 'Not right',
};

/** How a scored question went: all the points, some, or none. */
export function verdictOf(result: Pick<QuestionResult, 'correct' | 'points'>): Verdict {
  if (result.correct) return 'right';
  return result.points > 0 ? 'partly-right' : 'wrong';
}

export interface ReportPart {
  /** "Correct", "Partly right" or "Not right". */
  verdict: string;
  points: number;
  maxPoints: number;
  /** The student's answer as lines; empty when there was none. */
  answer: string[];
  /** The right answer as lines, when the student's was not fully right. */
  rightAnswer: string[] | null;
}

export interface ReportRow extends ReportPart {
  number: number;
  prompt: string;
  /** A paired question's Part B, "which sentence shows it?", scored on its own; the row's own figures are both parts together. */
  partB?: ReportPart;
}

/** What a student hands in after submitting: the set, when, the score, every question's result and the passages that prove them. */
export interface HandInReport {
  setId: string;
  setTitle: string;
  articleTitle: string;
  submittedAt: Date;
  score: number;
  maxScore: number;
  percent: number;
  /** Inside a launch: where the score went. */
  gradeLine: string | null;
  rows: ReportRow[];
  /** Every passage cited by the set's feedback, once each, in the article's order. */
  citations: EvidenceRef[];
}

export interface ReportInput {
  set: Pick<PublicSet, 'id' | 'title' | 'questions'>;
  articleTitle: string;
  answers: Record<string, Answer>;
  citations: Record<string, Citation>;
  results: Record<string, QuestionResult>;
  lastScore: LastScore;
  /** Inside a launch: where the score went. */
  grade?: Grade | null;
}

/** Each cited passage once: a passage that another one cited in the same paragraph contains is left out. */
function citationsOf(results: readonly QuestionResult[]): EvidenceRef[] {
  const all = results.flatMap((r) => r.evidence);
  const kept = all.filter(
    (e, i) => all.findIndex((o) => o.quote === e.quote) === i && !all.some((o) => o.paragraph === e.paragraph && o.quote !== e.quote && o.quote.includes(e.quote)),
  );
  // Passages whose paragraph is unknown go last; the sort is stable, so ties keep the questions' order.
  return kept.map(({ paragraph, quote }) => ({ paragraph, quote })).sort((a, b) => (a.paragraph ?? Infinity) - (b.paragraph ?? Infinity));
}

function reportPart(score: PartScore, answer: string[], rightAnswer: string[] | null): ReportPart {
  return { verdict: verdictLabels[verdictOf(score)], points: score.points, maxPoints: score.maxPoints, answer, rightAnswer };
}

const labels = (ids: readonly string[]) => ids.map(sentenceLabel);

/** The report for a submitted set; questions the server did not score are left out. */
export function buildHandInReport({ set, articleTitle, answers, citations, results, lastScore, grade = null }: ReportInput): HandInReport {
  const rows: ReportRow[] = [];
  const scored: QuestionResult[] = [];
  set.questions.forEach((question, i) => {
    const result = results[question.id];
    if (!result) return;
    scored.push(result);
    const answer = answers[question.id];
    const b = result.parts?.b;
    rows.push({
      number: i + 1,
      prompt: question.prompt,
      ...reportPart(
        result,
        isAnswered(answer) ? formatAnswer(question, answer).map((line) => line.trim()) : [],
        (result.parts?.a.correct ?? result.correct) ? null : formatAnswer(question, result.correctAnswer),
      ),
      ...(b && { partB: reportPart(b, labels(citations[question.id] ?? []), b.correct ? null : labels(b.correctAnswer)) }),
    });
  });
  return {
    setId: set.id,
    setTitle: set.title,
    articleTitle,
    submittedAt: new Date(lastScore.at),
    score: lastScore.score,
    maxScore: lastScore.maxScore,
    percent: lastScore.maxScore > 0 ? Math.round((lastScore.score / lastScore.maxScore) * 100) : 0,
    gradeLine: grade ? gradeText(grade) : null,
    rows,
    citations: citationsOf(scored),
  };
}

/** "30 November 2026, 21:55", in the reader's language and time zone unless told otherwise. */
export function formatSubmittedAt(date: Date, options: { locale?: string; timeZone?: string } = {}): string {
  return new Intl.DateTimeFormat(options.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: options.timeZone }).format(date);
}

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

/** The lines that head a hand-in, down to its score and where it went: what a printout shows too. */
export function headerLines(report: HandInReport): string[] {
  return [
    `Close Reader: ${report.setTitle}`,
    `Set: ${report.setId}`,
    `Article: ${report.articleTitle}`,
    `Submitted: ${formatUtc(report.submittedAt)}`,
    `Score: ${report.score} of ${report.maxScore} (${report.percent}%)`,
    ...(report.gradeLine ? [report.gradeLine] : []),
  ];
}

/** The line that says whether a hand-in is what the server scored: its code, or why it has none. */
export const sealLine = (seal: Seal) => ('code' in seal ? `${VERIFICATION_LABEL} ${seal.code}` : `Unverified: ${seal.unverified}`);

/**
 * The report as plain text, for the clipboard: it reads the same pasted
 * into an email, a learning platform's text box or a document. Without a
 * seal it is what the server signs (hand-in-seal.ts): every line the
 * teacher reads, times in UTC so the text is the same wherever it is made.
 */
export function reportText(report: HandInReport, seal?: Seal): string {
  const lines = [...headerLines(report), ...(seal ? [sealLine(seal)] : []), ''];
  for (const row of report.rows) {
    lines.push(`${row.number}. ${row.prompt}`);
    lines.push(`   ${row.verdict}: ${row.points} of ${points(row.maxPoints)}`);
    lines.push(`   Your answer: ${row.answer.length > 0 ? row.answer.join('; ') : '(none)'}`);
    if (row.rightAnswer) lines.push(`   Right answer: ${row.rightAnswer.join('; ')}`);
    if (row.partB) {
      lines.push(`   Part B: ${row.partB.verdict}: ${row.partB.points} of ${points(row.partB.maxPoints)}`);
      lines.push(`   Your sentences: ${row.partB.answer.length > 0 ? row.partB.answer.join('; ') : '(none)'}`);
      if (row.partB.rightAnswer) lines.push(`   Right sentences: ${row.partB.rightAnswer.join('; ')}`);
    }
  }
  if (report.citations.length > 0) {
    lines.push('', 'From the article:');
    for (const citation of report.citations) lines.push(`${citation.paragraph === null ? '' : `¶${citation.paragraph} `}“${citation.quote}”`);
  }
  lines.push('', END_LINE);
  return `${lines.join('\n')}\n`;
}
