import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { toPublicQuestion } from '@/lib/content';
import { CITE_RULE, NUMBER_RULE, scoringRule } from '@/lib/scoring';

import { loadSeedSet, makeQuestion } from './support/seed';

const docs = fs.readFileSync(path.resolve(__dirname, '../../docs/scoring.md'), 'utf8');

describe('scoringRule', () => {
  const set = loadSeedSet();
  const practice = loadSeedSet('xi-jinping-in-russia-practice');

  it.each([...set.questions, ...practice.questions].map((q) => [q.id, q] as const))('explains how %s is scored, in words the docs also use', (_id, question) => {
    const rule = scoringRule(toPublicQuestion(question));
    const firstSentence = rule.split(/(?<=[.;:])\s/)[0] as string;
    expect(firstSentence.length).toBeGreaterThan(10);
    expect(docs).toContain(firstSentence.replace(/[.;:]$/, ''));
  });

  it.each([
    ['multiple-select', /Partial credit/],
    ['match-speakers', /Partial credit/],
    ['matching', /Partial credit/],
    ['numeric', /^Full points when the number typed is the answer/],
    ['order', /Partial credit/],
    ['single-choice', /^Full points for the right option/],
  ] as const)('says whether %s gives partial credit', (kind, pattern) => {
    const question = [...set.questions, ...practice.questions].find((q) => q.kind === kind);
    if (!question) throw new Error(`no ${kind} in the seed`);
    expect(scoringRule(toPublicQuestion(question))).toMatch(pattern);
  });

  it('gives a paired question the rule of each part, and the docs give the rule for cited sentences word for word', () => {
    const paired = makeQuestion('claim', { claim: 'c', answer: 'true', cite: {} });
    const rule = scoringRule(toPublicQuestion(paired));
    expect(rule).toBe(`Full points for the right verdict (true, false or not stated); none otherwise. Part B, the sentences that show it, is scored on its own. ${CITE_RULE}`);
    expect(scoringRule(toPublicQuestion(makeQuestion('cite-evidence', {})))).toBe(CITE_RULE);
    expect(docs).toContain(CITE_RULE);
  });

  it('gives the rule for numbers in the docs word for word', () => {
    expect(docs).toContain(NUMBER_RULE);
  });

  it.each([
    [true, /One typo is forgiven/],
    [false, /No typos are forgiven/],
  ])('tells whether typos are forgiven (typos: %s)', (typos, pattern) => {
    const question = makeQuestion('short-text', { answer: 'Moscow', typos });
    expect(scoringRule(toPublicQuestion(question))).toMatch(pattern);
  });
});
