/**
 * What a student's browser may know about a set before any answer is checked:
 * the questions without their answers, explanations or evidence. A matching
 * question shows its items in order and one list of every match, sorted, so
 * the list's order says nothing of the pairing; a numeric question shows its
 * unit, never its answer, tolerance or range.
 */
import type { LoadedSet } from './library';
import { partBOf, type Cite, type Question, type QuestionOf } from './question-schema';

type Shown<K extends Question['kind'], F extends keyof QuestionOf<K> = never> = Pick<QuestionOf<K>, 'id' | 'kind' | 'prompt' | 'points' | F>;

/** Part B as students see it: what it asks and what it is worth, never which sentences are right. */
export type PublicCite = Pick<Cite, 'prompt' | 'points'>;

export type PublicQuestion = (
  | Shown<'single-choice', 'options'>
  | Shown<'multiple-select', 'options'>
  | Shown<'claim', 'claim'>
  | Shown<'who-said', 'quote' | 'speakers'>
  | (Shown<'match-speakers'> & { quotes: string[]; speakers: string[] })
  | (Shown<'matching'> & { items: string[]; matches: string[] })
  | Shown<'date', 'options'>
  | Shown<'numeric', 'unit'>
  | Shown<'order', 'items'>
  | Shown<'short-text', 'typos'>
  | Shown<'cite-evidence', 'claim'>
) & { cite?: PublicCite };

export type PublicQuestionOf<K extends Question['kind']> = Extract<PublicQuestion, { kind: K }>;

/** A set as students see it: what it is about and its questions without their keys. */
export type PublicSet = Pick<LoadedSet, 'id' | 'title' | 'audience' | 'description' | 'mode' | 'assessment' | 'attempts' | 'article' | 'questionHashes'> & { questions: PublicQuestion[] };

export function toPublicQuestion(question: Question): PublicQuestion {
  const shown = withoutKey(question);
  const partB = partBOf(question);
  return partB ? { ...shown, cite: { prompt: partB.prompt, points: partB.points } } : shown;
}

/** Every entry a matching offers, once each, in alphabetical order. */
const offered = (matches: readonly string[], distractors: readonly string[]) => [...new Set([...matches, ...distractors])].sort((a, b) => a.localeCompare(b));

function withoutKey(question: Question): PublicQuestion {
  const { id, prompt, points } = question;
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-select':
      return { id, kind: question.kind, prompt, points, options: question.options };
    case 'claim':
      return { id, kind: 'claim', prompt, points, claim: question.claim };
    case 'who-said':
      return { id, kind: 'who-said', prompt, points, quote: question.quote, speakers: question.speakers };
    case 'match-speakers':
      return { id, kind: 'match-speakers', prompt, points, quotes: question.pairs.map((p) => p.quote), speakers: offered(question.pairs.map((p) => p.speaker), question.distractors) };
    case 'matching':
      return { id, kind: 'matching', prompt, points, items: question.pairs.map((p) => p.item), matches: offered(question.pairs.map((p) => p.match), question.distractors) };
    case 'date':
      return question.options ? { id, kind: 'date', prompt, points, options: question.options } : { id, kind: 'date', prompt, points };
    case 'numeric':
      return question.unit ? { id, kind: 'numeric', prompt, points, unit: question.unit } : { id, kind: 'numeric', prompt, points };
    case 'order':
      return { id, kind: 'order', prompt, points, items: seededShuffle(question.items, id) };
    case 'short-text':
      return { id, kind: 'short-text', prompt, points, typos: question.typos };
    case 'cite-evidence':
      return question.claim ? { id, kind: 'cite-evidence', prompt, points, claim: question.claim } : { id, kind: 'cite-evidence', prompt, points };
  }
}

export function toPublicSet(set: LoadedSet): PublicSet {
  return {
    id: set.id,
    title: set.title,
    ...(set.audience ? { audience: set.audience } : {}),
    ...(set.description ? { description: set.description } : {}),
    mode: set.mode,
    assessment: set.assessment,
    attempts: set.attempts,
    article: set.article,
    questionHashes: set.questionHashes,
    questions: set.questions.map(toPublicQuestion),
  };
}

/** FNV-1a: a small, stable string hash used to seed a shuffle. */
function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny deterministic random number generator. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Shuffles items the same way every time for the same seed, and never returns
 * them in their original order (when there are at least two), so a shuffled
 * ordering question never shows its own answer.
 */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const next = random(hashString(seed));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift() as T);
  return out;
}
