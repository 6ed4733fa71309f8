import type { EvidenceRef } from '@/lib/answers';

import type { Article } from './article';
import type { QuestionSetFile } from './schema';

/** A sound question set: its file, and its id (the file name). */
export interface CheckedSet extends QuestionSetFile {
  id: string;
}

/** A question set as the app uses it: its questions' fingerprints and where its evidence stands, worked out once. */
export interface LoadedSet extends CheckedSet {
  /**
   * One fingerprint per question, of everything about it (explanation
   * included, so it cannot be used to guess the key): saved answers are kept
   * for a question only while its fingerprint is unchanged.
   */
  questionHashes: Record<string, string>;
  /** Each question's evidence with the paragraph it stands in. */
  evidence: Record<string, EvidenceRef[]>;
  /** Every sentence of the article, by id, in reading order: what a student may cite. */
  sentences: string[];
  /** For each question answered by citing (cite-evidence, or with a Part B), the ids of the right sentences. */
  citedKeys: Record<string, string[]>;
}

export interface Library {
  articles: ReadonlyMap<string, Article>;
  sets: readonly LoadedSet[];
}

/** Where `content:check` writes the compiled library, under the folder that holds content/; the app reads it from there. */
export const COMPILED_LIBRARY = '.content/library.json';
