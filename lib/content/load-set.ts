import type { Article } from './article';
import { hashContent } from './hash-content';
import type { CheckedSet, LoadedSet } from './library';
import { locateEvidence } from './locate-evidence';

/** What the app keeps of a sound set beyond its file: its questions' fingerprints and where its evidence stands. */
export function loadSet(set: CheckedSet, article: Article): LoadedSet {
  return {
    ...set,
    questionHashes: Object.fromEntries(set.questions.map((q) => [q.id, hashContent({ question: q, article: article.id })])),
    evidence: locateEvidence(set.questions, article),
  };
}
