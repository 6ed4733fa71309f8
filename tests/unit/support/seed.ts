/**
 * Test helpers: the seed article and question set read straight from
 * content/, and a builder that runs question literals through the schema so
 * its defaults (points, accept, typos, distractors) apply.
 */
import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { type LoadedSet, type Article, locateCitedKeys, locateEvidence, questionSchema, questionSetSchema, type Question, type QuestionKind, type QuestionOf, articleSentences } from '@/lib/content';
import { parseArticle } from '@/lib/check';

export const ROOT = path.resolve(__dirname, '../../..');
export const SEED_ID = 'xi-jinping-in-russia';
export const ARTICLE_FILE = path.join('content', 'articles', `${SEED_ID}.md`);
export const SET_FILE = path.join('content', 'sets', `${SEED_ID}.yaml`);

export const readContent = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

export function loadSeedArticle(): Article {
  return parseArticle(SEED_ID, ARTICLE_FILE, readContent(ARTICLE_FILE));
}

/** A seed set as the app loads it: the main one, or another on the seed article ("xi-jinping-in-russia-practice"). */
export function loadSeedSet(id = SEED_ID): LoadedSet {
  const data = questionSetSchema.parse(parse(readContent(id === SEED_ID ? SET_FILE : path.join('content', 'sets', `${id}.yaml`))));
  const article = loadSeedArticle();
  return {
    ...data,
    id,
    questionHashes: Object.fromEntries(data.questions.map((q) => [q.id, `hash-${q.id}`])),
    evidence: locateEvidence(data.questions, article),
    sentences: articleSentences(article.paragraphs).map((s) => s.id),
    citedKeys: locateCitedKeys(data.questions, article),
  };
}

export function seedQuestion(set: LoadedSet, id: string): Question {
  const found = set.questions.find((q) => q.id === id);
  if (!found) throw new Error(`the seed set has no question "${id}"`);
  return found;
}

const BASE = { id: 'q', prompt: 'A prompt', explanation: 'An explanation', evidence: ['some passage'] };

/** Parses a question literal of one kind through questionSchema, filling the common fields. */
export function makeQuestion<K extends QuestionKind>(kind: K, fields: Record<string, unknown>): QuestionOf<K> {
  return questionSchema.parse({ ...BASE, kind, ...fields }) as QuestionOf<K>;
}
