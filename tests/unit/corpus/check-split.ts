/**
 * The tests for one split of the corpus: the ground truth stands in its
 * texts, and docs/drafting.md states the figures measured on the split, so
 * the page cannot drift from the code. They check the stated figures, not
 * the goals: whoever changes the rules updates the row.
 *
 * CORPUS_REPORT=1 prints what content:new and content:draft got wrong, text
 * by text.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readSplit, type Split } from './corpus-texts';
import { figureCells, fold, measureText, reportRows, splitFigures, type TextResult } from './measure';

const DOC = path.resolve(__dirname, '../../../docs/drafting.md');
const SECTION = '## Measured on a corpus of real texts';

/** The cells of the first body row of the table under a heading in the corpus section. */
function statedRow(heading: string): string[] {
  const doc = fs.readFileSync(DOC, 'utf8');
  const section = doc.slice(doc.indexOf(SECTION));
  if (!doc.includes(SECTION) || !section.includes(heading)) throw new Error(`docs/drafting.md has no "${heading}" under "${SECTION}"`);
  const lines = section.slice(section.indexOf(heading)).split('\n');
  const header = lines.findIndex((line) => line.startsWith('|'));
  const row = lines[header + 2] ?? '';
  return row.slice(1, -1).split(' | ').map((cell) => cell.trim());
}

function report(split: Split, results: readonly TextResult[]) {
  console.log(`\nCorpus, ${split} split: ✓ right, ✗ what content:new read instead`);
  console.table(reportRows(results));
  console.log(`The row for docs/drafting.md:\n| ${figureCells(splitFigures(results)).join(' | ')} |`);
  for (const r of results) {
    const lines = [
      ...(r.error ? [`  could not draft: ${r.error}`] : []),
      ...r.wrongSpeakers.map((s) => `  wrong speaker ${s}`),
      ...r.missed.map((s) => `  missed "${s}"`),
      ...r.falseQuotations.map((s) => `  false quotation ${s}`),
    ];
    if (lines.length) console.log(`${r.slug}\n${lines.join('\n')}`);
  }
}

export function describeSplit(split: Split, heading: string) {
  describe(`the teacher tools on the ${split} texts of the corpus, against docs/drafting.md`, () => {
    const texts = readSplit(split);

    it('has ground truth whose every quotation stands in its text', () => {
      expect(texts.length).toBeGreaterThanOrEqual(7);
      for (const { slug, text, truth } of texts) {
        for (const q of [...truth.quotations, ...truth.fragments]) expect(fold(text), `${slug}: "${q.quote}"`).toContain(fold(q.quote));
      }
    });

    // Drafting every text of a split takes seconds, more with other test files running beside it.
    it('states the figures it measures', { timeout: 60_000 }, () => {
      const results = texts.map(measureText);
      if (process.env.CORPUS_REPORT) report(split, results);
      expect(statedRow(heading)).toEqual(figureCells(splitFigures(results)));
    });
  });
}
