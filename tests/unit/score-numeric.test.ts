import { describe, expect, it } from 'vitest';

import { toPublicQuestion, type QuestionOf } from '@/lib/content';
import { answerProblem, formatNumber, numericAnswerText, scoreQuestion, scoringRule } from '@/lib/scoring';

import { makeQuestion } from './support/seed';

const numeric = (fields: Record<string, unknown>) => makeQuestion('numeric', fields);
const agreements = numeric({ answer: 14, unit: 'agreements' });
const roughly = numeric({ answer: 3.14, tolerance: 0.01 });
const between = numeric({ answer: 14, range: [12, 16] });
const big = numeric({ answer: 3_500_000_000, unit: 'dollars' });
const share = numeric({ answer: 40, unit: '%' });
const below = numeric({ answer: -3 });
const comma = numeric({ answer: 3.5 });

describe('scoreQuestion for a numeric question', () => {
  it.each<[string, QuestionOf<'numeric'>, string, number]>([
    ['the number', agreements, '14', 1],
    ['the number with its unit', agreements, '14 agreements', 1],
    ['the number in words', agreements, 'fourteen', 1],
    ['the number in words with a unit', agreements, 'Fourteen agreements.', 1],
    ['another number', agreements, '15', 0],
    ['two numbers', agreements, '14 or 15', 0],
    ['no number', agreements, 'many', 0],
    ['within the tolerance', roughly, '3.15', 1],
    ['within the tolerance, with a decimal comma', roughly, '3,13', 1],
    ['outside the tolerance', roughly, '3.16', 0],
    ['the low end of the range', between, '12', 1],
    ['the high end of the range', between, 'sixteen', 1],
    ['past the range', between, '17', 0],
    ['billions, with a currency sign and a scale word', big, '$3.5 billion', 1],
    ['billions in digits with separators', big, '3,500,000,000', 1],
    ['billions, abbreviated', big, '$3.5bn', 1],
    ['a percentage with %', share, '40%', 1],
    ['a percentage in words', share, '40 percent', 1],
    ['a negative number', below, '-3', 1],
    ['a negative number with a typographic minus', below, '−3', 1],
    ['a negative number in words', below, 'minus three', 1],
    ['the positive of a negative number', below, '3', 0],
    ['a decimal comma', comma, '3,5', 1],
    ['a decimal point', comma, '3.5', 1],
  ])('%s: %j → %d point(s)', (_name, question, typed, points) => {
    expect(answerProblem(question, typed, new Set())).toBeNull();
    expect(scoreQuestion(question, typed).points).toBe(points);
  });

  it.each<[string, QuestionOf<'numeric'>, string]>([
    ['the number and its unit', agreements, '14 agreements'],
    ['a percentage, without a space', share, '40%'],
    ['what a tolerance accepts, without float noise', roughly, '3.14 (anything from 3.13 to 3.15)'],
    ['what a range accepts', between, '14 (anything from 12 to 16)'],
    ['a big number with separators', big, '3,500,000,000 dollars'],
  ])('gives the right answer as %s', (_name, question, expected) => {
    expect(scoreQuestion(question, null).correctAnswer).toBe(expected);
    expect(numericAnswerText(question)).toBe(expected);
  });

  it.each<[number, string]>([
    [2022, '2022'],
    [12000, '12,000'],
    [-12000, '-12,000'],
    [0.1 + 0.2, '0.3'],
    [1.5, '1.5'],
  ])('formats %d as %j', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('accepts its own right answer as typed back', () => {
    for (const question of [agreements, roughly, between, big, share, below, comma]) {
      expect(scoreQuestion(question, numericAnswerText(question).replace(/ \(.*\)$/, '')).points).toBe(1);
    }
  });

  it('says how it is scored without giving away its answer or margin', () => {
    const rule = scoringRule(toPublicQuestion(between));
    expect(rule).toMatch(/^Full points when the number typed is the answer, or close enough to it as the question allows/);
    // The same words for every numeric question, whatever its answer, tolerance or range.
    for (const other of [agreements, roughly, big, below]) expect(scoringRule(toPublicQuestion(other))).toBe(rule);
  });
});
