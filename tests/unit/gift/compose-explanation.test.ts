import { describe, expect, it } from 'vitest';

import { answerFeedback, composeExplanation } from '@/lib/gift';

describe('composeExplanation', () => {
  it.each<[string | null, string[], string | null]>([
    [null, [], null],
    ['  ', [''], null],
    ['He landed in Moscow.', [], 'He landed in Moscow.'],
    ['He landed in Moscow', [], 'He landed in Moscow.'],
    ['It says so', [answerFeedback('Kyiv', 'That is Ukraine’s capital')], 'It says so. “Kyiv”: That is Ukraine’s capital.'],
    [null, [answerFeedback('True', 'It “stopped short”'), answerFeedback('False', 'Right!')], '“True”: It “stopped short”. “False”: Right!'],
    ['Why? Because', ['Any other number: read again…'], 'Why? Because. Any other number: read again…'],
    ['Ends with a colon:', [], 'Ends with a colon:.'],
  ])('%j and %j → %j', (general, perAnswer, expected) => {
    expect(composeExplanation(general, perAnswer)).toBe(expected);
  });
});
