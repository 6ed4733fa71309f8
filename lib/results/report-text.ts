import { formatSubmittedAt, type HandInReport } from './hand-in-report';

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

/**
 * The report as plain text, for the clipboard: it reads the same pasted
 * into an email, a learning platform's text box or a document.
 */
export function reportText(report: HandInReport, options: { locale?: string; timeZone?: string } = {}): string {
  const lines = [
    `Close Reader: ${report.setTitle}`,
    `Article: ${report.articleTitle}`,
    `Submitted: ${formatSubmittedAt(report.submittedAt, options)}`,
    `Score: ${report.score} of ${report.maxScore} (${report.percent}%)`,
    '',
  ];
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
  return `${lines.join('\n')}\n`;
}
