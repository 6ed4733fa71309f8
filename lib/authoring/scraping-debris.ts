/**
 * Lines a copied web page brings along that are not part of the article:
 * advertising slots, share buttons, links to other stories and invitations to
 * follow the writer. Each rule matches a whole line.
 */
export type DebrisReason = 'advertisement' | 'share button' | 'read-more link' | 'social media plug';

const NETWORKS = 'twitter|x|instagram|facebook|threads|bluesky|mastodon|linkedin|tiktok|youtube';

const RULES: ReadonlyArray<readonly [RegExp, DebrisReason]> = [
  [/^advertisement$/i, 'advertisement'],
  [/^share(?: this (?:article|story))?$/i, 'share button'],
  [/^read more(?:[:.…]|\s*[:|–—-]\s.*)?$/i, 'read-more link'],
  [new RegExp(`^follow\\s+\\S.{0,60}?\\s+on\\s+(?:${NETWORKS})\\b`, 'i'), 'social media plug'],
];

export function debrisReason(line: string): DebrisReason | null {
  const trimmed = line.trim();
  if (trimmed.length > 200) return null;
  return RULES.find(([pattern]) => pattern.test(trimmed))?.[1] ?? null;
}

/** The name in "Follow Rachel Cheung on Twitter…", a hint at who wrote the article. */
export function followedName(line: string): string | null {
  const match = new RegExp(`^follow\\s+(.{1,60}?)\\s+on\\s+(?:${NETWORKS})\\b`, 'i').exec(line.trim());
  const name = match?.[1]?.trim();
  if (!name || /^(?:us|me|our\b)/i.test(name)) return null;
  return name;
}
