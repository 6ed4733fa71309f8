import 'server-only';

import type { Answer, Citation, HandInStamp, ScoreResponse } from '@/lib/answers';
import { toPublicSet, type LoadedSet } from '@/lib/content';
import { getLibrary } from '@/lib/library';
import { buildHandInReport, reportText, signedText } from '@/lib/results';

import { makeCode } from './hand-in-code';
import { handInSecret } from './hand-in-secret';

/** Answers as sent, less those left empty: what the student's own page holds. */
const given = <T>(record: Record<string, unknown> | undefined) => Object.fromEntries(Object.entries(record ?? {}).filter(([, value]) => value !== null && value !== undefined)) as Record<string, T>;

/** Whether a request names every question of the set: only a whole set is handed in. */
export const coversSet = (set: LoadedSet, answers: Record<string, unknown>) => set.questions.every((q) => Object.hasOwn(answers, q.id));

/**
 * Stamps a scored set: the time, to the second, and a code over the very
 * hand-in the student's page will show for it, built here from the same
 * answers and results with the same code (lib/results). The answers must
 * be the ones `response` scored, already validated.
 */
export function stampHandIn(set: LoadedSet, sent: { answers: Record<string, unknown>; citations?: Record<string, unknown> }, response: ScoreResponse, now = new Date()): HandInStamp {
  const at = new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString();
  const secret = handInSecret();
  if (!secret.ok) return { at, unverified: secret.reason };
  const report = buildHandInReport({
    set: toPublicSet(set),
    articleTitle: getLibrary().articles.get(set.article)?.meta.title ?? set.article,
    answers: given<Answer>(sent.answers),
    citations: given<Citation>(sent.citations),
    results: Object.fromEntries(response.results.map((result) => [result.id, result])),
    lastScore: { score: response.score, maxScore: response.maxScore, at },
    grade: response.grade ?? null,
  });
  const text = signedText(reportText(report)) as string;
  return { at, code: makeCode(secret.secret, { setId: set.id, at, score: response.score, maxScore: response.maxScore }, text) };
}
