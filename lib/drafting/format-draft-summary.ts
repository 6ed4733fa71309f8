import type { DraftResult } from './draft-question-set';

export interface DraftSummaryInput {
  draft: DraftResult;
  /** Where the draft was written, or null when it was printed. */
  written: string | null;
  /** The set id the app serves the draft under, when it was written to content/sets. */
  setId?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What `content:draft` prints after drafting: the counts, what it left out, and what to edit next. */
export function formatDraftSummary({ draft, written, setId }: DraftSummaryInput): string {
  const { counts, skipped, notes } = draft;
  const checks = Object.keys(notes).filter((id) => id.startsWith('who-said')).length;
  const dateChecks = Object.keys(notes).length - checks;
  const out = [
    `${written ? `Wrote ${written}` : 'Printed the draft'}: ${plural(counts.whoSaid, 'who-said question')} and ${plural(counts.date, 'date question')}.`,
  ];
  if (skipped.length > 0) {
    out.push('', `Left out ${plural(skipped.length, 'quotation')} with no speaker (scare quotes, or an attribution the drafter cannot read):`);
    for (const s of skipped) out.push(`  ¶${String(s.paragraph).padEnd(3)} “${clip(s.quote, 60)}” — ${s.reason}`);
  }
  out.push(
    '',
    'Edit next:',
    `  1. Check every who-said speaker against the article${checks > 0 ? `, first the ${plural(checks, 'question')} marked "# Check:"` : ''}; add any quotation left out above that is worth asking.`,
    `  2. Delete the date questions not worth asking (the same day may be asked several times) and reword the prompts you keep${dateChecks > 0 ? `; ${dateChecks === 1 ? 'the one' : `the ${dateChecks}`} marked "# Check:" also accept${dateChecks === 1 ? 's' : ''} a month or year worked out from the publication date` : ''}.`,
    '  3. Add questions of the other kinds (claim, single-choice, order…), set the title, audience and mode, and rename the file without "-draft".',
    '  4. Run `npm run content:check`.',
  );
  if (setId) out.push(`  5. Preview with \`npm run dev\` at http://localhost:3000/sets/${setId}`);
  return out.join('\n');
}
