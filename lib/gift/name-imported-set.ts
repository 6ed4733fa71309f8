import path from 'node:path';

import { slugify } from '@/lib/authoring';

/** The last real part of a Moodle category: "$course$/top/Week 3/Reading" → "Reading". */
export function categoryTitle(category: string): string | null {
  const parts = category
    .split('/')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part.toLowerCase() !== 'top' && !/^\$[a-z0-9]+\$$/i.test(part));
  return parts.at(-1) ?? null;
}

const baseName = (file: string) => path.basename(file).replace(/\.(?:gift|txt)$/i, '');

/** The set's title: the first category's name, else the file's name in words ("week-3_quiz.gift" → "Week 3 quiz"). */
export function importedSetTitle(categories: readonly { name: string }[], file: string): string {
  const fromCategory = categories.map((c) => categoryTitle(c.name)).find((title) => title !== null);
  if (fromCategory) return fromCategory;
  const words = baseName(file).replace(/[-_\s]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Imported questions';
}

/** The set's id, its file name in content/sets: from the GIFT file's name ("Week 3 quiz.gift" → "week-3-quiz"); "" when nothing Latin is left. */
export function importedSetId(file: string): string {
  return slugify(baseName(file));
}
