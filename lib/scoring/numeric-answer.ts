/**
 * What a numeric question accepts, and its right answer as a student reads
 * it after checking. The number a student typed is read by read-number.ts.
 */
import type { QuestionOf } from '@/lib/content';

import { numberWithin } from './read-number';

type Numeric = Pick<QuestionOf<'numeric'>, 'answer' | 'tolerance' | 'range' | 'unit'>;

/** The lowest and highest numbers that are right: the range, else the answer give or take its tolerance. */
export function acceptedBounds({ answer, tolerance = 0, range }: Numeric): readonly [number, number] {
  return range ?? [answer - tolerance, answer + tolerance];
}

/**
 * A number as an answer shows it: without the float noise of arithmetic
 * ("3.13", not "3.1300000000000003"), and from 10,000 on with thousands
 * separators ("12,000"); below that none, so a year reads "2022".
 */
export function formatNumber(value: number): string {
  const tidy = Number(value.toPrecision(12));
  return Math.abs(tidy) >= 10_000 ? tidy.toLocaleString('en-US', { maximumFractionDigits: 12 }) : String(tidy);
}

/** Whether a typed answer states a number the question accepts. */
export function matchesNumber(question: Numeric, typed: string): boolean {
  const [low, high] = acceptedBounds(question);
  return numberWithin(typed, low, high);
}

/** The right answer shown after checking: "14 agreements", and what else was accepted, "(anything from 12 to 16)". */
export function numericAnswerText(question: Numeric): string {
  const withUnit = (n: number) => (question.unit ? `${formatNumber(n)}${question.unit === '%' ? '' : ' '}${question.unit}` : formatNumber(n));
  const [low, high] = acceptedBounds(question);
  return low === high ? withUnit(question.answer) : `${withUnit(question.answer)} (anything from ${formatNumber(low)} to ${formatNumber(high)})`;
}
