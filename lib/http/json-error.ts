/** A JSON error response: `{"error": "<what is wrong>"}`. */
export function jsonError(status: number, error: string): Response {
  return Response.json({ error }, { status });
}
