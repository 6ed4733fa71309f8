import { articleMetaSchema, citeSchema, questionSchema, questionSetSchema } from '@/lib/content';

import type { KnownKeys } from './explain-issue';
import type { Path } from './yaml-source';

export const questionKinds: readonly string[] = questionSchema.options.map((option) => option.shape.kind.value);

const kindKeys = new Map(questionSchema.options.map((option) => [option.shape.kind.value as string, Object.keys(option.shape)]));
const allQuestionKeys = [...new Set([...kindKeys.values()].flat())];

/** The fields a question set file may have at a path, for "did you mean" hints. */
export function setKnownKeys(data: unknown): KnownKeys {
  return (path: Path) => {
    if (path.length === 0) return Object.keys(questionSetSchema.shape);
    if (path[0] !== 'questions') return [];
    if (path.length === 3 && path[2] === 'kind') return questionKinds;
    if (path.length === 2) {
      const kind = (data as { questions?: { kind?: unknown }[] } | null)?.questions?.[path[1] as number]?.kind;
      return kindKeys.get(String(kind)) ?? allQuestionKeys;
    }
    if (path.length === 4 && path[2] === 'pairs') return ['quote', 'speaker'];
    if (path.length === 3 && path[2] === 'cite') return Object.keys(citeSchema.shape);
    return [];
  };
}

/** The fields an article's frontmatter may have at a path. */
export const articleKnownKeys: KnownKeys = (path) => {
  if (path.length === 0) return Object.keys(articleMetaSchema.shape);
  if (path[0] === 'image') return ['caption', 'credit'];
  if (path[0] === 'corrections') return ['original', 'corrected', 'note'];
  return [];
};
