/** A JSON error response: `{"error": "<what is wrong>"}`, never cached. */
export function jsonError(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

/** The answer to a method a route does not have: 405, with the methods it does have. */
export function methodNotAllowed(allowed: readonly string[]) {
  return (request: Request) => jsonError(405, `${request.method} is not allowed here; use ${allowed.join(' or ')}.`, { allow: allowed.join(', ') });
}
