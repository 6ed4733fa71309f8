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
import { stampHandIn } from '@/lib/hand-ins';
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

const ATTEMPT = /\bAttempt (\d+) of \d+: ([\d.]+) of ([\d.]+) points/;
const KEPT = /An earlier attempt's ([\d.]+) is kept/;

export interface AttemptRecord {
  /** Graded attempts used; Infinity when the gradebook holds a grade Close Reader did not write (a teacher's). */
  used: number;
  /** The fraction of the points the gradebook keeps, as Close Reader wrote it. */
  kept?: number;
}

/**
 * What the student's result says of their graded attempts. Close Reader's own
 * comment is read first, since a platform may scale the score to its column
 * (Moodle's out of 100). A score without such a comment was given by someone
 * else: no attempt is left to replace it.
 */
export function readAttempts(result: PlatformResult | null): AttemptRecord {
  const written = ATTEMPT.exec(result?.comment ?? '');
  if (written) {
    const [, attempt, own, max] = written.map(Number) as [number, number, number, number];
    const kept = Number(KEPT.exec(result?.comment ?? '')?.[1] ?? own);
    return { used: attempt, ...(max > 0 ? { kept: kept / max } : {}) };
  }
  return result?.fraction !== undefined ? { used: Infinity, kept: Math.min(1, result.fraction) } : { used: 0 };
}

const points = (n: number) => `${Number(n.toFixed(2))}`;

/** What a graded attempt sends: the attempt's own score, or, when the set keeps the best and an earlier one was better, that one. */
export function scoreToSend(set: Pick<LoadedSet, 'keep' | 'title'>, scored: Pick<ScoreResponse, 'score' | 'maxScore'>, previous: AttemptRecord, attempt: number, attempts: number) {
  const own = `${points(scored.score)} of ${points(scored.maxScore)} points on “${set.title}”.`;
  if (set.keep === 'best' && previous.kept !== undefined && scored.maxScore > 0 && previous.kept > scored.score / scored.maxScore) {
    const kept = Number((previous.kept * scored.maxScore).toFixed(2));
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
  const whole = wholeSetBody(set, body.value);
  const outcome = scoreAnswers(set, whole);
  if (!outcome.ok) return jsonError(400, outcome.error);
  const scored = outcome.response;
  const to = session.context ?? session.platform;
  const platform = findPlatform(config.platforms, session.pis, session.cid);

  // Every answer in a launch is a hand-in of the whole set, stamped over what the student is shown.
  const answer = (grade: Grade, showKey: boolean) => {
    const shown = showKey ? { ...scored, grade } : { score: scored.score, maxScore: scored.maxScore, results: [], withheld: true, grade };
    const handIn = stampHandIn(set, whole as { answers: Record<string, unknown>; citations?: Record<string, unknown> }, shown);
    return Response.json({ ...shown, handIn }, { headers: { 'cache-control': 'no-store' } });
  };

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
    const previous = countable ? readAttempts(await readResult(client, lineItem, session.sub)) : { used: 0 };
    if (previous.used >= set.attempts) return answer({ status: 'practice', attempt: Math.min(previous.used, set.attempts), attempts: set.attempts, to }, true);
    const attempt = previous.used + 1;
    await postScore(client, lineItem, { userId: session.sub, scoreMaximum: scored.maxScore, ...scoreToSend(set, scored, previous, attempt, set.attempts) });
    if (!set.assessment) return answer({ status: 'sent', attempt, attempts: set.attempts, to }, true);
    // An assessment's key is shown once the student has no graded attempt left, and only when the gradebook is seen to
    // hold that attempt (a platform that keeps no comment, or drops a score of 0, could not count it).
    const last = attempt >= set.attempts && countable && readAttempts(await readResult(client, lineItem, session.sub)).used >= set.attempts;
    return answer({ status: 'sent', attempt, attempts: set.attempts, to }, last);
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    return Response.json({ error: `Your score could not be sent to ${to}: ${error.message}. Your answers are kept; try again.`, retry: true }, { status: 502, headers: { 'cache-control': 'no-store' } });
  }
}
