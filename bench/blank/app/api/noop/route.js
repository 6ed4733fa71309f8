/**
 * The floor the app's scoring route is measured against: a route handler that
 * answers and does nothing else, served by `next start` as the app is.
 */
export function POST() {
  return Response.json({ ok: true }, { headers: { 'cache-control': 'no-store' } });
}
