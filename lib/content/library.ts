import type { EvidenceRef } from '@/lib/scoring/score-types';

import type { Article } from './article';
import type { QuestionSetFile } from './schema';

/** A question set as the app uses it: its file, its id (the file name) and a hash of its content. */
export interface LoadedSet extends QuestionSetFile {
  id: string;
  /** Changes whenever the set or its article changes. */
  hash: string;
  /**
   * One fingerprint per question, of everything about it (explanation
   * included, so it cannot be used to guess the key): saved answers are kept
   * for a question only while its fingerprint is unchanged.
   */
  questionHashes: Record<string, string>;
  /** Each question's evidence with the paragraph it stands in. */
  evidence: Record<string, EvidenceRef[]>;
}

export interface Library {
  articles: ReadonlyMap<string, Article>;
  sets: readonly LoadedSet[];
}
