import { distance } from 'fastest-levenshtein';
import { z } from 'zod';

import { foldTypography } from '@/lib/text/fold-typography';
import { locateQuote } from '../locate-quote';
import type { Article } from '../article';

import { closestPassage } from './closest-passage';
import { describePath } from './explain-issue';
import type { Path } from './yaml-source';

export interface PlacedMessage {
  path: Path;
  message: string;
}

/**
 * The fields that quote the article, read leniently: a question with other
 * mistakes still has its quotations checked, so every problem shows at once.
 */
const texts = z.array(z.unknown()).catch([]);
const quotingFields = z.object({
  kind: z.unknown().optional(),
  evidence: texts,
  quote: z.unknown().optional(),
  speakers: texts,
  distractors: texts,
  pairs: z.array(z.object({ quote: z.unknown().optional(), speaker: z.unknown().optional() }).catch({ quote: undefined, speaker: undefined })).catch([]),
});
type QuotingFields = z.infer<typeof quotingFields>;

interface Placed {
  path: Path;
  text: string;
}

const placed = (items: Placed[]) => items.filter((item) => typeof item.text === 'string' && item.text.trim() !== '');

/** Every passage a question claims to quote from the article: its evidence and its quotations. */
function quotedPassages(q: QuotingFields, at: Path): Placed[] {
  return placed([
    ...q.evidence.map((text, i) => ({ path: [...at, 'evidence', i], text: text as string })),
    ...(q.kind === 'who-said' ? [{ path: [...at, 'quote'], text: q.quote as string }] : []),
    ...(q.kind === 'match-speakers' ? q.pairs.map((pair, i) => ({ path: [...at, 'pairs', i, 'quote'], text: pair.quote as string })) : []),
  ]);
}

/** Every speaker a question offers as an answer. */
function offeredSpeakers(q: QuotingFields, at: Path): Placed[] {
  if (q.kind === 'who-said') return placed(q.speakers.map((text, i) => ({ path: [...at, 'speakers', i], text: text as string })));
  if (q.kind !== 'match-speakers') return [];
  return placed([
    ...q.pairs.map((pair, i) => ({ path: [...at, 'pairs', i, 'speaker'], text: pair.speaker as string })),
    ...q.distractors.map((text, i) => ({ path: [...at, 'distractors', i], text: text as string })),
  ]);
}

const folded = (text: string) => foldTypography(text).replace(/\s+/g, ' ').toLowerCase();

/** The article's whole text, folded for name lookups, once per article. */
const namesText = new WeakMap<Article, string>();
function articleText(article: Article): string {
  let text = namesText.get(article);
  if (text === undefined) namesText.set(article, (text = folded([article.meta.title, ...article.paragraphs.map((p) => p.text)].join(' '))));
  return text;
}

/** Evidence and quotations must stand word for word in the article; speakers must be named in it. */
export function quoteProblems(raw: unknown, at: Path, article: Article): PlacedMessage[] {
  const parsed = quotingFields.safeParse(raw);
  if (!parsed.success) return [];
  const question = parsed.data;
  const problems: PlacedMessage[] = [];
  for (const { path, text } of quotedPassages(question, at)) {
    if (locateQuote(article.paragraphs, text)) continue;
    const closest = closestPassage(article.paragraphs, text);
    const hint = closest ? `; the closest passage (paragraph ${closest.paragraph}) reads: "${closest.text}"` : '';
    problems.push({ path, message: `${describePath(path)}: not found word for word in the article${hint}` });
  }
  for (const { path, text } of offeredSpeakers(question, at)) {
    if (articleText(article).includes(folded(text))) continue;
    const closest = closestPassage(article.paragraphs, text);
    const near = closest?.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const hint = near && distance(folded(near), folded(text)) <= Math.max(2, text.length / 4) ? `; did you mean "${near}"?` : '';
    problems.push({ path, message: `${describePath(path)}: the speaker "${text}" is not named in the article${hint}` });
  }
  return problems;
}
