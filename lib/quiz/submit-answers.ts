import type { QuizStore } from './quiz-store';
import { failureOf, requestScore } from './request-score';

/**
 * Sends every answer (and every Part B) to be scored, inside a launch with
 * its session token, and records the score, or why there is none. A failure
 * changes no answer and leaves the set unsubmitted, so sending again sends
 * the same answers. Resolves to whether the set was scored.
 */
export async function submitAnswers(store: QuizStore): Promise<boolean> {
  const { set, answers, citations, launch, pending, startRequest, recordSubmission, failRequest } = store.getState();
  if (pending === 'submit') return false;
  startRequest('submit');
  try {
    const all = Object.fromEntries(set.questions.map((q) => [q.id, answers[q.id] ?? null]));
    const cited = Object.fromEntries(set.questions.filter((q) => q.cite).map((q) => [q.id, citations[q.id] ?? null]));
    recordSubmission(await requestScore(set.id, all, cited, launch?.token ?? null));
    return true;
  } catch (error) {
    const { message, kind } = failureOf(error);
    failRequest(message, kind);
    return false;
  }
}
