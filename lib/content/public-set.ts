/**
 * What a student's browser may know about a set before any answer is checked:
 * the questions without their answers, explanations or evidence.
 */
import { seededShuffle } from './seeded-shuffle';

import type { LoadedSet } from './library';
import { partBOf, type FeedbackMode, type Question, type QuestionOf } from './schema';

type Shown<K extends Question['kind'], F extends keyof QuestionOf<K> = never> = Pick<QuestionOf<K>, 'id' | 'kind' | 'prompt' | 'points' | F>;

/** Part B as students see it: what it asks and what it is worth, never which sentences are right. */
export interface PublicCite {
  prompt: string;
  points: number;
}

export type PublicQuestion = (
  | Shown<'single-choice', 'options'>
  | Shown<'multiple-select', 'options'>
  | Shown<'claim', 'claim'>
  | Shown<'who-said', 'quote' | 'speakers'>
  | (Shown<'match-speakers'> & { quotes: string[]; speakers: string[] })
  | Shown<'date', 'options'>
  | Shown<'order', 'items'>
  | Shown<'short-text', 'typos'>
  | Shown<'cite-evidence', 'claim'>
) & { cite?: PublicCite };

export type PublicQuestionOf<K extends Question['kind']> = Extract<PublicQuestion, { kind: K }>;

export interface PublicSet {
  id: string;
  title: string;
  audience?: string;
  description?: string;
  mode: FeedbackMode;
  article: string;
  /** Each question's fingerprint: saved answers to a changed question are dropped. */
  questionHashes: Record<string, string>;
  questions: PublicQuestion[];
}

export function toPublicQuestion(question: Question): PublicQuestion {
  const shown = withoutKey(question);
  const partB = partBOf(question);
  return partB ? { ...shown, cite: { prompt: partB.prompt, points: partB.points } } : shown;
}

function withoutKey(question: Question): PublicQuestion {
  const { id, prompt, points } = question;
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-select':
      return { id, kind: question.kind, prompt, points, options: question.options } as PublicQuestion;
    case 'claim':
      return { id, kind: 'claim', prompt, points, claim: question.claim };
    case 'who-said':
      return { id, kind: 'who-said', prompt, points, quote: question.quote, speakers: question.speakers };
    case 'match-speakers': {
      const speakers = [...new Set([...question.pairs.map((p) => p.speaker), ...question.distractors])].sort((a, b) => a.localeCompare(b));
      return { id, kind: 'match-speakers', prompt, points, quotes: question.pairs.map((p) => p.quote), speakers };
    }
    case 'date':
      return question.options ? { id, kind: 'date', prompt, points, options: question.options } : { id, kind: 'date', prompt, points };
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
    article: set.article,
    questionHashes: set.questionHashes,
    questions: set.questions.map(toPublicQuestion),
  };
}
