/**
 * Whether what a question quotes is really in its article: evidence and
 * quotations word for word, cited passages as whole sentences, speakers named.
 * Each problem names what the article really says, so a teacher can fix it.
 * Questions are read leniently: one with other mistakes still has its
 * quotations checked, so every problem shows at once.
 */
import { distance } from 'fastest-levenshtein';

import { foldLoosely, normaliseQuote, parseSentenceId } from '@/lib/text';
import { articleSentences, citedPassage, locateQuote, type Article, type Paragraph, type Sentence } from '@/lib/content';

import { describePath, nearest } from './explain-issue';
import type { Path } from './yaml-source';

export interface PlacedMessage {
  path: Path;
  message: string;
}

/** A message about the value at a path, which it names first. */
export const placedMessage = (path: Path, text: string): PlacedMessage => ({ path, message: `${describePath(path)}: ${text}` });

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const fields = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {});

interface Placed {
  path: Path;
  text: string;
  /** Students cite it by selecting sentences, so it must be whole sentences. */
  whole?: boolean;
}

const placed = (items: { path: Path; text: unknown; whole?: boolean }[]) =>
  items.filter((item): item is Placed => typeof item.text === 'string' && item.text.trim() !== '');

/** Every passage a question claims to quote from the article: its evidence, its quotations and Part B's sentences. */
function quotedPassages(q: Record<string, unknown>, at: Path): Placed[] {
  const cite = q.cite === undefined ? undefined : fields(q.cite);
  const citeEvidence = Array.isArray(cite?.evidence) ? (cite.evidence as unknown[]) : undefined;
  const evidenceIsCited = q.kind === 'cite-evidence' || (cite !== undefined && citeEvidence === undefined);
  return placed([
    ...list(q.evidence).map((text, i) => ({ path: [...at, 'evidence', i], text, whole: evidenceIsCited })),
    ...(citeEvidence ?? []).map((text, i) => ({ path: [...at, 'cite', 'evidence', i], text, whole: true })),
    ...(q.kind === 'who-said' ? [{ path: [...at, 'quote'], text: q.quote }] : []),
    ...(q.kind === 'match-speakers' ? list(q.pairs).map((pair, i) => ({ path: [...at, 'pairs', i, 'quote'], text: fields(pair).quote })) : []),
  ]);
}

/** Every speaker a question offers as an answer. */
function offeredSpeakers(q: Record<string, unknown>, at: Path): Placed[] {
  if (q.kind === 'who-said') return placed(list(q.speakers).map((text, i) => ({ path: [...at, 'speakers', i], text })));
  if (q.kind !== 'match-speakers') return [];
  return placed([
    ...list(q.pairs).map((pair, i) => ({ path: [...at, 'pairs', i, 'speaker'], text: fields(pair).speaker })),
    ...list(q.distractors).map((text, i) => ({ path: [...at, 'distractors', i], text })),
  ]);
}

const loose = (text: string) => normaliseQuote(text).toLowerCase();

/** Every run of `size` ± 2 words in the article, with its paragraph. */
function* wordRuns(paragraphs: readonly Paragraph[], size: number) {
  for (const paragraph of paragraphs) {
    const words = paragraph.text.split(/\s+/).filter(Boolean);
    for (let length = Math.max(1, size - 2); length <= size + 2; length++) {
      for (let start = 0; start + length <= words.length; start++) yield { paragraph: paragraph.number, text: words.slice(start, start + length).join(' ') };
    }
  }
}

/**
 * The run of words in the article most like a quotation that is not in it,
 * so a teacher sees what the article really says. Runs of about the quote's
 * length are compared by edit distance, case and typography ignored.
 */
function closestPassage(paragraphs: readonly Paragraph[], quote: string) {
  const target = loose(quote);
  return nearest(wordRuns(paragraphs, target.split(' ').length), target, (run) => loose(run.text))?.item;
}
const COUNT = ['', 'one', 'two', 'three', 'four', 'five'];

/** "(paragraph 5, sentence 2)" or "(paragraph 5, sentences 1–2)" */
function place(sentences: readonly Sentence[]): string {
  const first = parseSentenceId(sentences[0]?.id ?? '');
  const last = parseSentenceId(sentences[sentences.length - 1]?.id ?? '');
  return sentences.length === 1 ? `paragraph ${first.paragraph}, sentence ${first.sentence}` : `paragraph ${first.paragraph}, sentences ${first.sentence}–${last.sentence}`;
}

/**
 * What is wrong with a passage that students must be able to cite: it must be
 * one or more whole sentences of the article. Names the sentence the teacher
 * most likely meant. Null when the passage is sound.
 */
function wholeSentenceProblem(paragraphs: readonly Paragraph[], quote: string): string | null {
  const passage = citedPassage(paragraphs, quote);
  if (passage.fit === 'whole') return null;
  if (passage.fit === 'partial') {
    const { sentences } = passage;
    const one = sentences.length === 1;
    const what = one ? 'is only part of one' : `covers parts of ${COUNT[sentences.length] ?? sentences.length}`;
    return `students cite whole sentences, and this ${what}; the whole ${one ? 'sentence' : 'sentences'} (${place(sentences)}) ${one ? 'reads' : 'read'}: "${sentences.map((s) => s.text).join(' ')}"`;
  }
  const target = loose(quote);
  const closest = nearest(articleSentences(paragraphs), target, (sentence) => loose(sentence.text))?.item;
  return `not found word for word in the article${closest ? `; the closest sentence (${place([closest])}) reads: "${closest.text}"` : ''}`;
}

/** Evidence and quotations must stand word for word in the article, cited ones as whole sentences; speakers must be named in it. */
export function quoteProblems(raw: unknown, at: Path, article: Article): PlacedMessage[] {
  const question = fields(raw);
  const problems: PlacedMessage[] = [];
  for (const { path, text, whole } of quotedPassages(question, at)) {
    if (whole) {
      const problem = wholeSentenceProblem(article.paragraphs, text);
      if (problem) problems.push(placedMessage(path, problem));
      continue;
    }
    if (locateQuote(article.paragraphs, text)) continue;
    const closest = closestPassage(article.paragraphs, text);
    const hint = closest ? `; the closest passage (paragraph ${closest.paragraph}) reads: "${closest.text}"` : '';
    problems.push(placedMessage(path, `not found word for word in the article${hint}`));
  }
  const speakers = offeredSpeakers(question, at);
  // Speakers are looked for in the article's title and text, case and typography ignored.
  const named = speakers.length > 0 ? foldLoosely([article.meta.title, ...article.paragraphs.map((p) => p.text)].join(' ')) : '';
  for (const { path, text } of speakers) {
    if (named.includes(foldLoosely(text))) continue;
    const closest = closestPassage(article.paragraphs, text);
    const near = closest?.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const hint = near && distance(foldLoosely(near), foldLoosely(text)) <= Math.max(2, text.length / 4) ? `; did you mean "${near}"?` : '';
    problems.push(placedMessage(path, `the speaker "${text}" is not named in the article${hint}`));
  }
  return problems;
}
