/**
 * Scoring inside a launch: the server scores the whole set, then records the
 * graded attempt in the platform's gradebook before any answer key is shown.
 * Who the student is and where the grade goes come only from the launch's
 * signed session token, never from the request body. How many graded attempts
 * a student has used is read from the platform's own result (its comment
 * names the attempt), so Close Reader keeps no record of its own.
 */
import type { ScoreResponse } from '@/lib/answers';
import type { LoadedSet } from '@/lib/content';
import { jsonError, readJsonBody } from '@/lib/http';
import { getSet } from '@/lib/library';
import { scoreAnswers } from '@/lib/scoring';

import { AGS_SCOPES, agsClient, lineItemFor, PlatformError, postScore, readResult, type PlatformResult } from './ags';
import { findPlatform, ltiConfig } from './config';
import type { LaunchSession } from './launch';
import { verifyToolToken } from './tool-tokens';
import { wholeSetBody } from './set-points';

export type Grade =
  | { status: 'sent'; attempt: number; attempts: number; to: string }
  | { status: 'practice'; attempt: number; attempts: number; to: string }
  | { status: 'ungraded'; to: string; reason: string };

const REOPEN = 'open the set again from your class page in your learning platform.';

/** "Attempt 2 of 3: …": how the attempt is written into the score's comment, and read back from the result. */
export function attemptComment(attempt: number, attempts: number, scored: string): string {
  return `Attempt ${attempt} of ${attempts}: ${scored}`;
}

export function attemptsUsed(result: PlatformResult | null): number {
  if (!result) return 0;
  const written = /\bAttempt (\d+) of \d+/.exec(result.comment ?? '')?.[1];
  return written ? Number(written) : result.fraction !== undefined ? 1 : 0;
}

const points = (n: number) => `${Number(n.toFixed(2))}`;

/** What a graded attempt sends: the attempt's own score, or, when the set keeps the best and an earlier one was better, that one. */
export function scoreToSend(set: Pick<LoadedSet, 'keep' | 'title'>, scored: Pick<ScoreResponse, 'score' | 'maxScore'>, previous: PlatformResult | null, attempt: number, attempts: number) {
  const own = `${points(scored.score)} of ${points(scored.maxScore)} points on “${set.title}”.`;
  const previousFraction = previous?.fraction;
  if (set.keep === 'best' && previousFraction !== undefined && scored.maxScore > 0 && previousFraction > scored.score / scored.maxScore) {
    const kept = Number((previousFraction * scored.maxScore).toFixed(2));
    return { scoreGiven: kept, comment: attemptComment(attempt, attempts, `${own} An earlier attempt's ${points(kept)} is kept.`) };
  }
  return { scoreGiven: scored.score, comment: attemptComment(attempt, attempts, own) };
}

/** Answers `POST /api/sets/<id>/score` when the request carries a launch's session token. */
export async function respondWithGrade(setId: string, request: Request, token: string): Promise<Response> {
  const config = await ltiConfig();
  if (!config.on) return jsonError(503, `Grades cannot be sent: LTI is off on this server. ${config.reasons[0] ?? ''}`);
  const session = await verifyToolToken<LaunchSession>(config.key, 'launch', token);
  if (!session) return jsonError(401, `Your sign-in from your learning platform has expired or is not valid: ${REOPEN}`);
  if (session.setId !== setId) return jsonError(401, `Your sign-in is for another set: ${REOPEN}`);
  const set = getSet(setId);
  if (!set) return jsonError(404, `There is no question set "${setId.slice(0, 100)}".`);

  const body = await readJsonBody(request);
  if (!body.ok) return jsonError(body.status, body.error);
  const outcome = scoreAnswers(set, wholeSetBody(set, body.value));
  if (!outcome.ok) return jsonError(400, outcome.error);
  const scored = outcome.response;
  const to = session.context ?? session.platform;
  const platform = findPlatform(config.platforms, session.pis, session.cid);

  const answer = (grade: Grade, showKey: boolean) =>
    Response.json(showKey ? { ...scored, grade } : { score: scored.score, maxScore: scored.maxScore, results: [], withheld: true, grade }, { headers: { 'cache-control': 'no-store' } });

  const ags = session.ags;
  const ungraded = (reason: string) => answer({ status: 'ungraded', to, reason }, !set.assessment);
  if (!platform) return ungraded(`${session.platform} is no longer registered with Close Reader.`);
  if (!session.sub) return ungraded('The launch did not say who you are, so there is no gradebook entry to send a score to.');
  if (!ags?.scope.includes(AGS_SCOPES.score) || (!ags.lineitem && !ags.lineitems)) return ungraded('This activity has no gradebook column.');

  try {
    const client = agsClient(config.key, platform, ags.scope.filter((s) => Object.values<string>(AGS_SCOPES).includes(s)));
    const lineItem =
      ags.lineitem ??
      (await lineItemFor(client, ags.lineitems as string, { resourceLinkId: session.rl, label: set.title, scoreMaximum: scored.maxScore, resourceId: set.id }, ags.scope.includes(AGS_SCOPES.lineitem)));
    if (!lineItem) return ungraded('This activity has no single gradebook column to send the score to.');
    // Without the results scope the attempts cannot be counted: every submission is graded, and an assessment never shows its key in a launch.
    const countable = ags.scope.includes(AGS_SCOPES.results);
    const previous = countable ? await readResult(client, lineItem, session.sub) : null;
    const used = attemptsUsed(previous);
    if (used >= set.attempts) return answer({ status: 'practice', attempt: used, attempts: set.attempts, to }, true);
    const attempt = used + 1;
    await postScore(client, lineItem, { userId: session.sub, scoreMaximum: scored.maxScore, ...scoreToSend(set, scored, previous, attempt, set.attempts) });
    // An assessment's key is shown once the student has no graded attempt left.
    return answer({ status: 'sent', attempt, attempts: set.attempts, to }, !set.assessment || (countable && attempt >= set.attempts));
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    return Response.json({ error: `Your score could not be sent to ${to}: ${error.message}. Your answers are kept; try again.`, retry: true }, { status: 502, headers: { 'cache-control': 'no-store' } });
  }
}
