/**
 * A byline: "By Rachel Cheung", "BY RACHEL CHEUNG", "Written by Ana Lima and
 * Bo Chen", "By Rachel Cheung, VICE World News" or "Rachel Cheung, VICE World
 * News". Returns the author's name as written; an affiliation after a comma
 * or "for" is left out. Without "By", the name must be two to four
 * capitalised words and the rest a capitalised name too, so ordinary
 * sentences are not read as bylines.
 */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const PARTICLE = String.raw`(?:de|da|del|der|di|du|la|le|van|von|bin|al|el|dos|das|ter|ten)`;
const NAME = String.raw`${WORD}(?:\s+(?:${WORD}|${PARTICLE})){0,4}`;
const NAMES = new RegExp(String.raw`^${NAME}(?:\s*(?:,|\band\b|&)\s*${NAME})*$`, 'u');
const SHORT_NAME = new RegExp(String.raw`^${WORD}(?:\s+(?:${WORD}|${PARTICLE})){1,3}$`, 'u');
const AFFILIATION = new RegExp(String.raw`^(?:${WORD}|&|of|the|and|for)(?:\s+(?:${WORD}|&|of|the|and|for)){0,5}$`, 'u');
const BY = /^(?:written\s+)?by\s+(.+)$/i;
const LIST_JOIN = /\s(?:and|&)\s/i;

export function readByline(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > 120) return null;
  const by = BY.exec(trimmed);
  if (by) return readNames((by[1] ?? '').replace(/\s+for\s+.+$/i, ''));
  const [name, affiliation, ...rest] = trimmed.split(/\s*,\s*/);
  if (name && affiliation && rest.length === 0 && SHORT_NAME.test(name) && AFFILIATION.test(affiliation)) return name;
  return null;
}

/** "Ana Lima, Bo Chen and Cy Oh" stays whole; "Rachel Cheung, VICE World News" keeps the name before the comma. */
function readNames(text: string): string | null {
  const parts = text.trim().split(/\s*,\s*/);
  const last = parts[parts.length - 1] ?? '';
  const whole = parts.length > 1 && LIST_JOIN.test(last) ? text.trim() : (parts[0] ?? '');
  return NAMES.test(whole) ? whole : null;
}
