import * as v from 'valibot';

import { scoreResponseSchema, type ScoreResponse, type StudentAnswers, type StudentCitations } from '@/lib/answers';

/**
 * Why there is no score: `retry`, the learning platform could not take it and
 * nothing was recorded, so the same answers can be sent again; `refused`, the
 * launch is not (or no longer) good for this set, or the set is an
 * assessment opened outside one; `other`, anything else.
 */
export type FailureKind = 'retry' | 'refused' | 'other';

export interface ScoreFailure {
  message: string;
  kind: FailureKind;
}

/** A refusal from the scoring API, with the server's own message. */
export class ScoreError extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind,
  ) {
    super(message);
    this.name = 'ScoreError';
  }
}

const errorBodySchema = v.object({ error: v.string(), retry: v.optional(v.boolean()) });

/** The scoring API's answer read: the score, or a ScoreError thrown with the server's message and what it means. */
export function readScoreResponse(status: number, body: unknown): ScoreResponse {
  if (status < 200 || status > 299) {
    const refusal = v.safeParse(errorBodySchema, body);
    const message = refusal.success ? refusal.output.error : `The server answered ${status}.`;
    const kind = status === 502 && refusal.success && refusal.output.retry === true ? 'retry' : status === 401 || status === 403 ? 'refused' : 'other';
    throw new ScoreError(message, kind);
  }
  const scored = v.safeParse(scoreResponseSchema, body);
  if (!scored.success) throw new ScoreError('The server’s answer could not be read.', 'other');
  return scored.output;
}

/** Anything a request threw, as what the student is told. */
export function failureOf(error: unknown): ScoreFailure {
  if (error instanceof ScoreError) return { message: error.message, kind: error.kind };
  return { message: error instanceof Error ? error.message : String(error), kind: 'other' };
}

/**
 * Asks the server to score answers (and Part B's sentences); inside a launch,
 * with its session token, which also sends the score to the gradebook.
 * Throws a ScoreError when the server refuses.
 */
export async function requestScore(setId: string, answers: StudentAnswers, citations: StudentCitations = {}, token: string | null = null): Promise<ScoreResponse> {
  const response = await fetch(`/api/sets/${encodeURIComponent(setId)}/score`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(Object.keys(citations).length > 0 ? { answers, citations } : { answers }),
  });
  const body: unknown = await response.json().catch(() => null);
  return readScoreResponse(response.status, body);
}
