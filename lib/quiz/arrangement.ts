/**
 * The order a student sees a question's lists in. The set arrives with every
 * list in an order that says nothing of the key (lib/content's public set);
 * each student's page shuffles it again with a seed of its own, made in the
 * browser and saved with the student's work, so the order is the student's
 * own, the same after a reload, and nobody holding the public set can work
 * it out. Answers name entries, never places, so no order is ever scored.
 */
import type { PublicQuestion } from '@/lib/content';

/** A new seed for a student's page: 128 bits from the browser's random source, as hex. */
export function newSeed(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** FNV-1a: a small, stable string hash, to turn the seed and a question's id into a generator's state. */
function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny deterministic generator of numbers in [0, 1). Not for secrets: the seed is the secret. */
function generator(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The list shuffled (Fisher–Yates) the same way for the same seed, every
 * order equally likely; the entries at the `pinned` places stay there.
 */
export function shuffled<T>(list: readonly T[], seed: string, pinned: readonly number[] = []): T[] {
  const next = generator(hashString(seed));
  const loose = list.flatMap((entry, i) => (pinned.includes(i) ? [] : [entry]));
  for (let i = loose.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [loose[i], loose[j]] = [loose[j] as T, loose[i] as T];
  }
  return list.map((entry, i) => (pinned.includes(i) ? entry : (loose.shift() as T)));
}

/** The numbers of a list's entries (0, 1, …) in the order this seed shows them. */
export const shuffledIndexes = (count: number, seed: string) =>
  shuffled(
    Array.from({ length: count }, (_, i) => i),
    seed,
  );

/**
 * A question as this student sees it: its options, speakers or events in the
 * student's order. A matching keeps its items, since answers name them by
 * number: `rowOrder` gives the order its rows are shown in.
 */
export function arrange(question: PublicQuestion, seed: string): PublicQuestion {
  const own = `${seed}:${question.id}`;
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-select':
      return { ...question, options: shuffled(question.options, own, question.pinned) };
    case 'date':
      return question.options ? { ...question, options: shuffled(question.options, own, question.pinned) } : question;
    case 'who-said':
      return { ...question, speakers: shuffled(question.speakers, own, question.pinned) };
    case 'order':
      return { ...question, items: shuffled(question.items, own) };
    default:
      return question;
  }
}

/** The order a matching's rows are shown in, by item number. */
export const rowOrder = (question: { id: string }, count: number, seed: string) => shuffledIndexes(count, `${seed}:${question.id}:rows`);

/** Whether a question's lists are shown in a student's own order, so that it waits for the student's seed. */
export const isArranged = (question: PublicQuestion) =>
  ['single-choice', 'multiple-select', 'who-said', 'order', 'match-speakers', 'matching'].includes(question.kind) || (question.kind === 'date' && question.options !== undefined);

/** A question with every list in the order this student sees it, a matching's rows included: what reading it aloud says. */
export function asShown(question: PublicQuestion, seed: string): PublicQuestion {
  const arranged = arrange(question, seed);
  if (arranged.kind === 'match-speakers') return { ...arranged, quotes: rowOrder(arranged, arranged.quotes.length, seed).map((i) => arranged.quotes[i] as string) };
  if (arranged.kind === 'matching') return { ...arranged, items: rowOrder(arranged, arranged.items.length, seed).map((i) => arranged.items[i] as string) };
  return arranged;
}
