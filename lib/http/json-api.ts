/** What the JSON API routes share: errors that say what is wrong, reading a JSON body safely, and the scoring response. */
import { coversSet, stampHandIn } from '@/lib/hand-ins';
import { getSet } from '@/lib/library';
import { scoreAnswers } from '@/lib/scoring';

/** Bodies larger than this are refused, and never read further than this. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A JSON error response: `{"error": "<what is wrong>"}`, never cached. */
export function jsonError(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

/** The answer to a method a route does not have: 405, with the methods it does have. */
export function methodNotAllowed(allowed: readonly string[]) {
  return (request: Request) => jsonError(405, `${request.method} is not allowed here; use ${allowed.join(' or ')}.`, { allow: allowed.join(', ') });
}

type Failure = { ok: false; status: 400 | 413 | 415; error: string };
export type JsonBody = { ok: true; value: unknown } | Failure;

const fail = (status: Failure['status'], error: string): Failure => ({ ok: false, status, error });

/**
 * The body as text. A declared length over the limit is refused unread; any
 * other body is read chunk by chunk and dropped as soon as it passes the
 * limit, whatever length it declared.
 */
async function readText(request: Request): Promise<string | Failure> {
  const tooLarge = fail(413, `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  if (Number(request.headers.get('content-length')) > MAX_BODY_BYTES) return tooLarge;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(chunks).arrayBuffer());
  } catch {
    return fail(400, 'The body is not UTF-8 text.');
  }
}

/** Reads a request's JSON body: refuses the wrong content type, never reads past 64 KB, and says where JSON is broken. */
export async function readJsonBody(request: Request): Promise<JsonBody> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(?:;|$)/i.test(type)) {
    return fail(415, `Send the answers as JSON, with "Content-Type: application/json"${type ? `, not "${type.slice(0, 60)}"` : ''}.`);
  }
  const text = await readText(request);
  if (typeof text !== 'string') return text;
  if (text.trim() === '') return fail(400, 'The body is empty; send {"answers": {…}}.');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return fail(400, `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export const ASSESSMENT_OUTSIDE_LAUNCH = 'This set is a graded assessment: open it from your class page in your learning platform to answer it.';

/** Scores a request's answers against a set: the score, or a JSON error that says what is wrong. */
export async function respondWithScore(setId: string, request: Request): Promise<Response> {
  const set = getSet(setId);
  if (!set) return jsonError(404, `There is no question set "${setId.slice(0, 100)}".`);
  // An assessment's key reaches no one outside a launch (lib/lti answers inside one): no score, no right answers, no explanations.
  if (set.assessment) return jsonError(403, ASSESSMENT_OUTSIDE_LAUNCH);

  const body = await readJsonBody(request);
  if (!body.ok) return jsonError(body.status, body.error);

  const outcome = scoreAnswers(set, body.value);
  if (!outcome.ok) return jsonError(400, outcome.error);
  // A whole set scored is a hand-in: it is stamped with its time and code (one question checked is not).
  const sent = body.value as { answers: Record<string, unknown>; citations?: Record<string, unknown> };
  const response = coversSet(set, sent.answers) ? { ...outcome.response, handIn: stampHandIn(set, sent, outcome.response) } : outcome.response;
  return Response.json(response, { headers: { 'cache-control': 'no-store' } });
}
