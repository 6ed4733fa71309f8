/** Bump when the saved shape changes in a way `migrate` cannot mend. */
export const STORAGE_VERSION = 1;

/**
 * Where a student's work on a set is saved in localStorage. The set's content
 * hash is part of the key, so an edited set never loads answers to questions
 * it no longer asks.
 */
export function quizStorageKey(setId: string, hash: string): string {
  return `close-reader:v${STORAGE_VERSION}:${setId}:${hash}`;
}
