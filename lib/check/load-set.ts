import { type Article, type CheckedSet, type LoadedSet, locateCitedKeys, locateEvidence, articleSentences } from '@/lib/content';
import { hashContent } from './hash-content';

/** What the app keeps of a sound set beyond its file: its questions' fingerprints, where its evidence stands, and its cited sentences. */
export function loadSet(set: CheckedSet, article: Article): LoadedSet {
  const sentences = articleSentences(article.paragraphs);
  const citedKeys = locateCitedKeys(set.questions, article);
  // A citing answer names sentences by number: it is kept only while the article's sentences are the same.
  const citable = sentences.map((s) => s.text);
  return {
    ...set,
    questionHashes: Object.fromEntries(
      set.questions.map((q) => [q.id, hashContent({ question: q, article: article.id, ...(citedKeys[q.id] ? { sentences: citable } : {}) })]),
    ),
    evidence: locateEvidence(set.questions, article),
    sentences: sentences.map((s) => s.id),
    citedKeys,
  };
}
