/**
 * The dateline that opens a news story's first paragraph: the place in
 * capitals, perhaps a state, a date and a news agency in brackets, then a
 * dash or colon — "WASHINGTON —", "WASHINGTON (AP) —", "NEW YORK, Oct. 3
 * (Reuters) -", "KABUL, Afghanistan —", "Geneva (VOA) -". The place must be
 * in capitals unless an agency in brackets follows it, so a sentence that
 * starts "Officials — and their aides —" is never one. Returns the dateline
 * as written, dash included, or null.
 */
const PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]*(?:[ ]\p{Lu}[\p{Lu}.'’-]*){0,3}`;
const MIXED_PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,3}`;
/** ", Calif.", ", Afghanistan", ", Oct. 3", ", March 20, 2023": one to three short parts after commas. */
const DETAIL = String.raw`(?:,[ ][\p{L}\p{N}.'’ ]{1,24}){0,3}`;
const AGENCY = String.raw`[ ]?\((?:[\p{L}.&' -]{2,30})\)`;
const DASH = String.raw`[ ]?(?:—|–|--|-|:)(?=[ ]|$)`;

const CAPITALS = new RegExp(String.raw`^${PLACE}${DETAIL}(?:${AGENCY})?${DASH}`, 'u');
const WITH_AGENCY = new RegExp(String.raw`^${MIXED_PLACE}${DETAIL}${AGENCY}${DASH}`, 'u');

export function readDateline(line: string): string | null {
  const text = line.trim();
  const match = CAPITALS.exec(text) ?? WITH_AGENCY.exec(text);
  if (!match) return null;
  const place = match[0].split(/[,(]/)[0]?.trim() ?? '';
  // A place has a letter in it and is not a lone capital ("A —" is a sentence).
  if (!/\p{L}{2}/u.test(place)) return null;
  return match[0];
}

/** Whether the line is a dateline and nothing else ("WASHINGTON —" on a line of its own). */
export function isDatelineOnly(line: string): boolean {
  const dateline = readDateline(line);
  return dateline !== null && dateline.trim().length === line.trim().length;
}
