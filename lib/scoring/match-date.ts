import * as chrono from 'chrono-node';

import { normaliseAnswer } from './normalise-answer';

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

function partsOf(isoPartial: string): DateParts {
  const [year, month, day] = isoPartial.split('-').map(Number);
  return { year: year ?? NaN, month, day };
}

/**
 * Reads what a typed answer says about a date, as far as it is certain: a bare
 * year ("2022", "in 2022"), a month ("March 2023") or a day ("20 March 2023", "3/20/2023").
 */
function readTypedDate(typed: string): DateParts | null {
  const year = /^(?:in |during |year )?(\d{4})$/.exec(normaliseAnswer(typed));
  if (year) return { year: Number(year[1]) };
  // Strict parsing reads full dates; the casual parser also reads "March 2023",
  // but only a text that writes its year out is trusted, never "last month".
  const reference = new Date(Date.UTC(2000, 0, 1));
  const [result] = chrono.strict.parse(typed, reference).concat(chrono.parse(typed, reference).filter((r) => /\b\d{4}\b/.test(r.text)));
  if (!result) return null;
  const { start } = result;
  if (!start.isCertain('year')) return null;
  const parts: DateParts = { year: start.get('year') ?? NaN };
  if (start.isCertain('month')) parts.month = start.get('month') ?? undefined;
  if (parts.month !== undefined && start.isCertain('day')) parts.day = start.get('day') ?? undefined;
  return parts;
}

/**
 * Whether a typed answer names the expected date at the same precision: a
 * year question wants the year, a day question wants year, month and day.
 */
export function matchesDate(typed: string, expected: string): boolean {
  const want = partsOf(expected);
  const got = readTypedDate(typed);
  if (!got) return false;
  return got.year === want.year && got.month === want.month && got.day === want.day;
}
