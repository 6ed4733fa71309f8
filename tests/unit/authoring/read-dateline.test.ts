import { describe, expect, it } from 'vitest';

import { isDatelineOnly, readDateline } from '@/lib/authoring';

describe('readDateline', () => {
  it.each([
    ['WASHINGTON — The talks began.', 'WASHINGTON —'],
    ['WASHINGTON (AP) — The talks began.', 'WASHINGTON (AP) —'],
    ['NEW YORK, Oct. 3 (Reuters) - Shares fell.', 'NEW YORK, Oct. 3 (Reuters) -'],
    ['KABUL, Afghanistan — A blast shook the city.', 'KABUL, Afghanistan —'],
    ['WASHINGTON, Oct. 3, 2013 — Talks began.', 'WASHINGTON, Oct. 3, 2013 —'],
    ['Geneva (VOA) - Talks began.', 'Geneva (VOA) -'],
    ['PORT-AU-PRINCE -- Rain fell.', 'PORT-AU-PRINCE --'],
  ])('%j opens with %j', (line, dateline) => {
    expect(readDateline(line)).toBe(dateline);
  });

  it.each([
    'Officials — and their aides — left.',
    'A — B',
    'The talks began in WASHINGTON — not Geneva.',
    'US officials said the talks went well.',
    'Iran, World Powers Agree on Talks',
  ])('%j has no dateline', (line) => {
    expect(readDateline(line)).toBeNull();
  });

  it.each([
    ['WASHINGTON —', true],
    ['NEW YORK, Oct. 3 (Reuters) -', true],
    ['WASHINGTON — The talks began.', false],
  ])('%j is a dateline alone: %s', (line, alone) => {
    expect(isDatelineOnly(line)).toBe(alone);
  });
});
