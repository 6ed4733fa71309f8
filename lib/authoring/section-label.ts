/**
 * The section label a news page prints above its headline ("News", "World",
 * "Opinion"). Only names on this list count, alone or joined by a separator
 * ("World / Asia", "News › Politics"), so a one-word headline is never taken
 * for a label.
 */
const SECTION_LABELS = new Set([
  'news',
  'world',
  'world news',
  'breaking news',
  'latest',
  'opinion',
  'comment',
  'commentary',
  'editorial',
  'analysis',
  'explainer',
  'feature',
  'features',
  'interview',
  'review',
  'reviews',
  'investigation',
  'investigations',
  'politics',
  'business',
  'economy',
  'markets',
  'money',
  'finance',
  'tech',
  'technology',
  'science',
  'health',
  'climate',
  'environment',
  'education',
  'sport',
  'sports',
  'culture',
  'arts',
  'entertainment',
  'books',
  'film',
  'music',
  'travel',
  'food',
  'lifestyle',
  'style',
  'local',
  'national',
  'international',
  'global',
  'us',
  'u.s.',
  'us news',
  'uk',
  'uk news',
  'europe',
  'asia',
  'africa',
  'americas',
  'middle east',
]);

const SEPARATOR = /\s*[/|›»>·•]\s*/;

export function isSectionLabel(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return false;
  return trimmed.split(SEPARATOR).every((part) => SECTION_LABELS.has(part.toLowerCase()));
}
