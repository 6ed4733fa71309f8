import type { Article } from './article';
import type { QuestionSetFile } from './schema';

/** A question set as the app uses it: its file, its id (the file name) and a hash of its content. */
export interface LoadedSet extends QuestionSetFile {
  id: string;
  /** Changes whenever the questions change, so saved answers never meet a different set. */
  hash: string;
}

export interface Library {
  articles: ReadonlyMap<string, Article>;
  sets: readonly LoadedSet[];
}
