/** Bump when the saved shape changes in a way sanitizeSaved cannot read. */
export const STORAGE_VERSION = 2;

/**
 * Where a student's work on a set is saved in localStorage. Each saved answer
 * carries its question's hash, so an edited set keeps what still applies.
 */
export function quizStorageKey(setId: string): string {
  return `close-reader:v${STORAGE_VERSION}:${setId}`;
}
