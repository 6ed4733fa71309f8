import { createHash } from 'node:crypto';

/** A short, stable fingerprint of some content: it changes whenever the content does. */
export function hashContent(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}
