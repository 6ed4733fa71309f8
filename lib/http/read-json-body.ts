/** Bodies larger than this are refused before they are parsed. */
export const MAX_BODY_BYTES = 64 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

/** Reads a request's JSON body, refusing the wrong content type, a body too large, or text that is not JSON. */
export async function readJsonBody(request: Request): Promise<JsonBody> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) return { ok: false, status: 415, error: 'Send the answers as JSON, with "Content-Type: application/json".' };
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) return { ok: false, status: 413, error: `The body is larger than ${MAX_BODY_BYTES / 1024} KB.` };
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) return { ok: false, status: 413, error: `The body is larger than ${MAX_BODY_BYTES / 1024} KB.` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, status: 400, error: `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}
