/**
 * What a student's browser may know about a set before any answer is checked:
 * the questions without their answers, explanations or evidence. Every list a
 * student chooses from or puts in order (options, speakers, events, matches)
 * is sent in alphabetical order, pinned entries where the author wrote them,
 * so its order says nothing of the key; each student's page then shuffles it
 * with a seed of their own (lib/quiz's arrangement). A numeric question shows
 * its unit, never its answer, tolerance or range.
 */
import type { LoadedSet } from './library';
import { partBOf, type Cite, type Question, type QuestionOf } from './question-schema';

type Shown<K extends Question['kind'], F extends keyof QuestionOf<K> = never> = Pick<QuestionOf<K>, 'id' | 'kind' | 'prompt' | 'points' | F>;

/** A list with entries pinned in place: `pinned` are the indexes that stay, the others are shuffled for each student. */
interface Pins {
  pinned?: number[];
}

/** Part B as students see it: what it asks and what it is worth, never which sentences are right. */
export type PublicCite = Pick<Cite, 'prompt' | 'points'>;

export type PublicQuestion = (
  | (Shown<'single-choice', 'options'> & Pins)
  | (Shown<'multiple-select', 'options'> & Pins)
  | Shown<'claim', 'claim'>
  | (Shown<'who-said', 'quote' | 'speakers'> & Pins)
  | (Shown<'match-speakers'> & { quotes: string[]; speakers: string[] })
  | (Shown<'matching'> & { items: string[]; matches: string[] })
  | (Shown<'date', 'options'> & Pins)
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

const alphabetical = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b, 'en'));

/** Every entry a matching offers, once each, in alphabetical order. */
const offered = (matches: readonly string[], distractors: readonly string[]) => alphabetical(new Set([...matches, ...distractors]));

/**
 * A list as students are sent it: pinned entries at the places the author
 * wrote them, the others in alphabetical order around them; and the places
 * of the pinned ones, when there are any.
 */
function choiceList(list: readonly string[], pinned: readonly string[] = []): { ordered: string[]; pins: Pins } {
  const loose = alphabetical(list.filter((entry) => !pinned.includes(entry)));
  const ordered = list.map((entry) => (pinned.includes(entry) ? entry : (loose.shift() as string)));
  const places = list.flatMap((entry, i) => (pinned.includes(entry) ? [i] : []));
  return { ordered, pins: places.length > 0 ? { pinned: places } : {} };
}

function withoutKey(question: Question): PublicQuestion {
  const { id, prompt, points } = question;
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-select': {
      const { ordered, pins } = choiceList(question.options, question.pinned);
      return { id, kind: question.kind, prompt, points, options: ordered, ...pins };
    }
    case 'claim':
      return { id, kind: 'claim', prompt, points, claim: question.claim };
    case 'who-said': {
      const { ordered, pins } = choiceList(question.speakers, question.pinned);
      return { id, kind: 'who-said', prompt, points, quote: question.quote, speakers: ordered, ...pins };
    }
    case 'match-speakers':
      return { id, kind: 'match-speakers', prompt, points, quotes: question.pairs.map((p) => p.quote), speakers: offered(question.pairs.map((p) => p.speaker), question.distractors) };
    case 'matching':
      return { id, kind: 'matching', prompt, points, items: question.pairs.map((p) => p.item), matches: offered(question.pairs.map((p) => p.match), question.distractors) };
    case 'date': {
      if (!question.options) return { id, kind: 'date', prompt, points };
      const { ordered, pins } = choiceList(question.options, question.pinned);
      return { id, kind: 'date', prompt, points, options: ordered, ...pins };
    }
    case 'numeric':
      return question.unit ? { id, kind: 'numeric', prompt, points, unit: question.unit } : { id, kind: 'numeric', prompt, points };
    case 'order':
      return { id, kind: 'order', prompt, points, items: alphabetical(question.items) };
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
