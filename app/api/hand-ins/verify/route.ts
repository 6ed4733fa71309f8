import { z } from 'zod';

import { handInSecret, verifyHandIn } from '@/lib/hand-ins';
import { jsonError, methodNotAllowed, readJsonBody } from '@/lib/http';
import { getLibrary } from '@/lib/library';

const bodySchema = z.strictObject({ text: z.string().max(60_000) });

/**
 * Checks a hand-in against its verification code: `POST /api/hand-ins/verify`
 * with `{"text": "<the hand-in as pasted>"}`. Answers `{"status", "message"}`
 * (lib/hand-ins' Verification), with the set, time and score when they hold.
 */
export async function POST(request: Request) {
  const body = await readJsonBody(request);
  if (!body.ok) return jsonError(body.status, body.error);
  const parsed = bodySchema.safeParse(body.value);
  if (!parsed.success) return jsonError(400, `The body must look like {"text": "<the hand-in>"}, at most 60,000 characters. ${z.prettifyError(parsed.error)}`);
  const titles = new Map(getLibrary().sets.map((set) => [set.id, set.title]));
  const verification = verifyHandIn(parsed.data.text, handInSecret(), (id) => titles.get(id) ?? null);
  return Response.json(verification, { headers: { 'cache-control': 'no-store' } });
}

const onlyPost = methodNotAllowed(['POST']);
export { onlyPost as GET, onlyPost as PUT, onlyPost as PATCH, onlyPost as DELETE };
