import type { GiftImport } from './import-gift';

export interface ImportSummaryInput {
  result: Pick<GiftImport, 'set' | 'imported' | 'skipped' | 'warnings'>;
  /** Where the set was written, as shown to the user. */
  written: string;
  giftFile: string;
  /** The set id the app serves it under, when it was written to the repository's content/sets. */
  setId?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 single-choice, 1 claim": how many of each, in the order first met. */
function tally(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${n} ${name}`).join(', ');
}

/** What `content:import-gift` prints after the warnings: what it wrote, what it left out, what to do next. */
export function formatImportSummary({ result, written, giftFile, setId }: ImportSummaryInput): string {
  const { set, imported, skipped, warnings } = result;
  const n = imported.length;
  const out = [
    `Wrote ${written} ("${set.title}", ${set.mode}) from ${giftFile}.`,
    `${plural(n, 'question')} imported: ${tally(imported.map((q) => q.kind))}.`,
  ];
  if (skipped.length > 0) out.push(`${skipped.length} skipped: ${tally(skipped.map((s) => s.type))}; the warnings above say why.`);
  const checks = imported.some((q) => q.notes.length > 0);
  if (warnings.length > 0) out.push(`${plural(warnings.length, 'warning')} above${checks ? '; those about imported questions are also "# Check:" comments in the file' : ''}.`);
  out.push(
    `${n === 1 ? 'It has no' : 'None has'} evidence yet: add quotes from the article under evidence:, then run npm run content:check.`,
  );
  if (setId) out.push(`Preview with \`npm run dev\` at http://localhost:3000/sets/${setId}`);
  return out.join('\n');
}
