import { slugify } from '@/lib/authoring';

/**
 * An id for an imported question, unique among those taken: from its GIFT
 * title ("::Capital city::" → "capital-city"), else from the first words of
 * its text, else "question-<n>"; "-2", "-3"… when the id is taken.
 */
export function questionId(title: string | null, text: string, taken: ReadonlySet<string>, n: number): string {
  const base = slugify(title ?? '', 40) || slugify(text, 40) || `question-${n}`;
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  return id;
}
