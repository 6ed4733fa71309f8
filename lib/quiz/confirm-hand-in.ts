import * as v from 'valibot';

/** What the server said of a hand-in the page is about to show: its code holds, it does not, the server can no longer check codes, or it could not be asked. */
export type Confirmation = 'verified' | 'refused' | 'unchecked' | 'unreachable';

const verificationSchema = v.object({ status: v.string(), message: v.string() });
const refusalSchema = v.object({ error: v.string() });

/** The server's verdict on a hand-in (lib/hand-ins' Verification: its status and what it says), or why there is none. */
export type Verdict = { ok: true; status: string; message: string } | { ok: false; message: string };

/** Asks `POST /api/hand-ins/verify` about a hand-in's text: what the teacher's verify page shows, and what a student's page checks its code by. */
export async function askVerdict(text: string): Promise<Verdict> {
  try {
    const response = await fetch('/api/hand-ins/verify', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    const body: unknown = await response.json();
    const verdict = v.safeParse(verificationSchema, body);
    if (response.ok && verdict.success) return { ok: true, ...verdict.output };
    const refusal = v.safeParse(refusalSchema, body);
    return { ok: false, message: refusal.success ? refusal.output.error : `The server answered ${response.status}.` };
  } catch {
    return { ok: false, message: 'Close Reader could not be reached. Check the connection and try again.' };
  }
}

/**
 * Whether a hand-in, as this page would hand it in, is what the server
 * scored. Saved work can be edited; a page shows a code only when the
 * server says the code holds for every word shown with it.
 */
export async function confirmHandIn(text: string): Promise<Confirmation> {
  const verdict = await askVerdict(text);
  if (!verdict.ok) return 'unreachable';
  return verdict.status === 'verified' ? 'verified' : verdict.status === 'cannot-check' ? 'unchecked' : 'refused';
}
