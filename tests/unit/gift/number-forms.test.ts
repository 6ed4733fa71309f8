import { describe, expect, it } from 'vitest';

import { numberForms } from '@/lib/gift';
import { matchesTypedAnswer } from '@/lib/scoring';

describe('numberForms', () => {
  it.each([
    ['2022', ['2022']],
    ['9999', ['9999']],
    ['10000', ['10000', '10,000']],
    ['3', ['3']],
    ['3.50', ['3.50', '3.5']],
    ['12000', ['12000', '12,000']],
    ['1e4', ['1e4', '10000', '10,000']],
    ['+5', ['+5', '5']],
    ['0.25', ['0.25']],
  ])('%s → %j', (written, forms) => {
    expect(numberForms(written)).toEqual(forms);
  });

  it.each([
    ['12000', '12,000', true],
    ['12000', '12 000', true],
    ['12000', '12000', true],
    ['3.5', '3,5', true],
    ['3.50', '3.5', true],
    ['2022', '2023', false],
    ['12000', '1200', false],
  ])('accepted as %s, the typed answer %j is right: %s', (written, typed, right) => {
    expect(matchesTypedAnswer(typed, numberForms(written), { typos: true })).toBe(right);
  });
});
