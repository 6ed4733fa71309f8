import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { SET_SCHEMA_LINE, questionSetSchema } from '@/lib/content';
import { formatImportSummary, importGift, serializeImport } from '@/lib/gift';

import { loadSeedArticle } from '../support/seed';

const result = importGift('::City::Where did Xi land? {=Moscow ~Kyiv ####The first sentence.}\n\nChina sold arms: true or false? {F}\n\nWrite. {}', {
  article: loadSeedArticle(),
  file: 'week-3.gift',
});
const text = serializeImport(result, 'week-3.gift');

describe('serializeImport', () => {
  it('starts with the schema line, then says where the set came from and what is left to do', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe(SET_SCHEMA_LINE);
    expect(lines[0]).toBe('# yaml-language-server: $schema=../schemas/question-set.schema.json');
    expect(lines.slice(1, 4).join(' ')).toMatch(/^# Imported from the Moodle GIFT file week-3\.gift .*No question has evidence yet.*npm run content:check/);
  });

  it('reads back as the same set, which the schema accepts', () => {
    expect(parse(text)).toEqual(result.set);
    expect(questionSetSchema.safeParse(parse(text)).success).toBe(true);
  });

  it('puts the GIFT line and what to check above each question', () => {
    expect(text).toContain('  # week-3.gift line 1\n  - id: "city"');
    expect(text).toMatch(/ {2}# week-3\.gift line 3\n {2}# Check: Moodle gave this question no feedback[^\n]*\n {2}- id: "china-sold-arms-true-or-false"/);
    expect(text).toContain('answer: "false"');
  });
});

describe('formatImportSummary', () => {
  it('says what was written, imported and skipped, and that no question has evidence', () => {
    expect(formatImportSummary({ result, written: 'content/sets/week-3.yaml', giftFile: 'week-3.gift', setId: 'week-3' }).split('\n')).toEqual([
      'Wrote content/sets/week-3.yaml ("Week 3", practice) from week-3.gift.',
      '2 questions imported: 1 single-choice, 1 claim.',
      '  line 1: multiple-choice → single-choice "city"',
      '  line 3: true-false → claim "china-sold-arms-true-or-false"',
      '1 skipped: 1 essay; the warnings above say why.',
      '2 warnings above; those about imported questions are also "# Check:" comments in the file.',
      'None has evidence yet: add quotes from the article under evidence:, then run npm run content:check.',
      'Preview with `npm run dev` at http://localhost:3000/sets/week-3',
    ]);
  });

  it('speaks of one question as one', () => {
    const one = { ...result, imported: result.imported.slice(0, 1), skipped: [], warnings: [] };
    expect(formatImportSummary({ result: one, written: '/tmp/x.yaml', giftFile: 'x.gift' }).split('\n')).toEqual([
      'Wrote /tmp/x.yaml ("Week 3", practice) from x.gift.',
      '1 question imported: 1 single-choice.',
      '  line 1: multiple-choice → single-choice "city"',
      'It has no evidence yet: add quotes from the article under evidence:, then run npm run content:check.',
    ]);
  });
});
