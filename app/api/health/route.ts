/**
 * A route that does nothing but answer: for uptime checks, and as the floor
 * `npm run bench` measures the scoring API against.
 */
function ok() {
  return Response.json({ ok: true }, { headers: { 'cache-control': 'no-store' } });
}

export const dynamic = 'force-dynamic';
export { ok as GET, ok as POST };
