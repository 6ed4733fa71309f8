import { distance } from 'fastest-levenshtein';

import { foldLoosely } from '@/lib/text';
import { locateQuote, type Article } from '@/lib/content';

import { closestPassage } from './closest-passage';
import { describePath } from './explain-issue';
import { wholeSentenceProblem } from './sentence-problems';
import type { Path } from './yaml-source';

export interface PlacedMessage {
  path: Path;
  message: string;
}

/**
 * The fields that quote the article, read leniently: a question with other
 * mistakes still has its quotations checked, so every problem shows at once.
 */
interface QuotingFields {
  kind: unknown;
  evidence: unknown[];
  quote: unknown;
  speakers: unknown[];
  distractors: unknown[];
  pairs: { quote?: unknown; speaker?: unknown }[];
  /** Part B, when the question has one. */
  cite: { evidence?: unknown } | undefined;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const fields = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {});

function quotingFields(raw: unknown): QuotingFields {
  const q = fields(raw);
  return {
    kind: q.kind,
    evidence: list(q.evidence),
    quote: q.quote,
    speakers: list(q.speakers),
    distractors: list(q.distractors),
    pairs: list(q.pairs).map(fields),
    cite: q.cite === undefined ? undefined : fields(q.cite),
  };
}

interface Placed {
  path: Path;
  text: string;
  /** Students cite it by selecting sentences, so it must be whole sentences. */
  whole?: boolean;
}

const placed = (items: Placed[]) => items.filter((item) => typeof item.text === 'string' && item.text.trim() !== '');

/** Every passage a question claims to quote from the article: its evidence, its quotations and Part B's sentences. */
function quotedPassages(q: QuotingFields, at: Path): Placed[] {
  const citeEvidence = Array.isArray(q.cite?.evidence) ? (q.cite.evidence as unknown[]) : undefined;
  const evidenceIsCited = q.kind === 'cite-evidence' || (q.cite !== undefined && citeEvidence === undefined);
  return placed([
    ...q.evidence.map((text, i) => ({ path: [...at, 'evidence', i], text: text as string, whole: evidenceIsCited })),
    ...(citeEvidence ?? []).map((text, i) => ({ path: [...at, 'cite', 'evidence', i], text: text as string, whole: true })),
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

/** The article's whole text, folded for name lookups, and the names already looked up, once per article. */
const namesIn = new WeakMap<Article, { text: string; named: Map<string, boolean> }>();
function isNamed(article: Article, name: string): boolean {
  let names = namesIn.get(article);
  if (!names) namesIn.set(article, (names = { text: foldLoosely([article.meta.title, ...article.paragraphs.map((p) => p.text)].join(' ')), named: new Map() }));
  let found = names.named.get(name);
  if (found === undefined) names.named.set(name, (found = names.text.includes(foldLoosely(name))));
  return found;
}

/** Evidence and quotations must stand word for word in the article, cited ones as whole sentences; speakers must be named in it. */
export function quoteProblems(raw: unknown, at: Path, article: Article): PlacedMessage[] {
  const question = quotingFields(raw);
  const problems: PlacedMessage[] = [];
  for (const { path, text, whole } of quotedPassages(question, at)) {
    if (whole) {
      const problem = wholeSentenceProblem(article.paragraphs, text);
      if (problem) problems.push({ path, message: `${describePath(path)}: ${problem}` });
      continue;
    }
    if (locateQuote(article.paragraphs, text)) continue;
    const closest = closestPassage(article.paragraphs, text);
    const hint = closest ? `; the closest passage (paragraph ${closest.paragraph}) reads: "${closest.text}"` : '';
    problems.push({ path, message: `${describePath(path)}: not found word for word in the article${hint}` });
  }
  for (const { path, text } of offeredSpeakers(question, at)) {
    if (isNamed(article, text)) continue;
    const closest = closestPassage(article.paragraphs, text);
    const near = closest?.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const hint = near && distance(foldLoosely(near), foldLoosely(text)) <= Math.max(2, text.length / 4) ? `; did you mean "${near}"?` : '';
    problems.push({ path, message: `${describePath(path)}: the speaker "${text}" is not named in the article${hint}` });
  }
  return problems;
}
