import * as v from 'valibot';

/** What the server said of a hand-in the page is about to show: its code holds, it does not, the server can no longer check codes, or it could not be asked. */
export type Confirmation = 'verified' | 'refused' | 'unchecked' | 'unreachable';

const verificationSchema = v.object({ status: v.string() });

/**
 * Asks the server whether a hand-in, as this page would hand it in, is what
 * it scored. Saved work can be edited; a page shows a code only when the
 * server says the code holds for every word shown with it.
 */
export async function confirmHandIn(text: string): Promise<Confirmation> {
  try {
    const response = await fetch('/api/hand-ins/verify', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    const body = v.safeParse(verificationSchema, await response.json());
    if (!response.ok || !body.success) return 'unreachable';
    return body.output.status === 'verified' ? 'verified' : body.output.status === 'cannot-check' ? 'unchecked' : 'refused';
  } catch {
    return 'unreachable';
  }
}
