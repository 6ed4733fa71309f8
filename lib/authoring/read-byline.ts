/**
 * A byline: "By Rachel Cheung", "Written by Ana Lima and Bo Chen", "Posted by
 * Jane Doe", "Rachel Cheung, VICE World News", "Jane Doe | VOA News". The
 * name comes back as written, and what follows it after a comma, a bar, a
 * spaced dash or "for" as its affiliation. Without "by", the name must be two
 * to four capitalised words and the affiliation capitalised words too, so
 * ordinary sentences are not bylines.
 */
export interface Byline {
  author: string;
  /** "VICE World News", "Staff Writer": whatever follows the name. */
  affiliation?: string;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const PARTICLE = String.raw`(?:de|da|del|der|di|du|la|le|van|von|bin|al|el|dos|das|ter|ten)`;
const NAME = String.raw`${WORD}(?:\s+(?:${WORD}|${PARTICLE})){0,4}`;
const NAMES = new RegExp(String.raw`^${NAME}(?:\s*(?:,|\b(?:and|AND)\b|&)\s*${NAME})*$`, 'u');
const SHORT_NAME = new RegExp(String.raw`^${WORD}(?:\s+(?:${WORD}|${PARTICLE})){1,3}$`, 'u');
const AFFILIATION = new RegExp(String.raw`^(?:${WORD}|&|of|the|and|for|in)(?:\s+(?:${WORD}|&|of|the|and|for|in)){0,6}$`, 'u');
const BY = /^(?:(?:written|posted|reported|story|words|text|compiled|reporting)\s+)?by:?\s+(.+)$/i;
const LIST_JOIN = /\s(?:and|&)\s/i;
/** Where an affiliation starts: a bar, a spaced dash or a bullet; commas are weighed separately. */
const AFFILIATION_MARK = /\s*(?:\||\s[-–—]\s|·|•)\s*/;

export function readBylineParts(line: string): Byline | null {
  const trimmed = line.trim();
  if (trimmed.length > 120) return null;
  const by = BY.exec(trimmed);
  // "By Rachel Cheung for VICE World News": "for" marks an affiliation only after "By".
  const [head = '', ...tail] = (by ? (by[1] ?? '').replace(/\s+for\s+/i, ' | ') : trimmed).split(AFFILIATION_MARK);
  const marked = tail.join(', ').trim();
  if (by) {
    // "Ana Lima, Bo Chen and Cy Oh" stays whole; "Rachel Cheung, VICE World News" keeps the name before the comma.
    const parts = head.trim().split(/\s*,\s*/);
    const whole = parts.length > 1 && LIST_JOIN.test(parts.at(-1) ?? '') ? head.trim() : (parts[0] ?? '');
    const affiliation = whole === head.trim() ? marked : [parts.slice(1).join(', '), marked].filter(Boolean).join(', ');
    return NAMES.test(whole) ? withAffiliation(whole, affiliation) : null;
  }
  const [name, ...rest] = head.split(/\s*,\s*/);
  const affiliation = [...rest, ...(marked ? [marked] : [])];
  const isName = SHORT_NAME.test(name ?? '') || (NAMES.test(name ?? '') && LIST_JOIN.test(name ?? ''));
  if (!name || affiliation.length !== 1 || !isName || !AFFILIATION.test(affiliation[0] ?? '')) return null;
  return withAffiliation(name, affiliation[0] ?? '');
}

function withAffiliation(author: string, affiliation: string): Byline {
  return affiliation ? { author, affiliation } : { author };
}

/** The name in a byline, as readBylineParts reads it. */
export function readByline(line: string): string | null {
  return readBylineParts(line)?.author ?? null;
}

/**
 * Whether a byline's affiliation names a publication ("VOA News", "The
 * Associated Press", "Reuters") rather than a role ("Staff Writer", "Special
 * Correspondent") or a place: a word newsrooms name themselves with, or an
 * acronym.
 */
const ROLE = /\b(?:writer|reporter|correspondent|editor|contributor|columnist|staff|producer|intern|photographer|analyst|chief|director|professor|fellow|author|journalist|bureau|specialist|officer|manager|secretary)s?\b/i;
const NEWSROOM = /\b(?:news|press|times|post|journal|herald|tribune|agency|service|radio|tv|television|magazine|daily|weekly|wire|network|media|gazette|review|voice|broadcasting|guardian|chronicle|observer|telegraph|reuters|bloomberg|newsroom|online|world|report|today)\b/i;
const ACRONYM = /^(?:the\s+)?\p{Lu}{2,6}$/u;

export function isPublicationName(affiliation: string): boolean {
  return !ROLE.test(affiliation) && (NEWSROOM.test(affiliation) || ACRONYM.test(affiliation.trim()));
}
