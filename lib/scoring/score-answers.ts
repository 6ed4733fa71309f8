/**
 * Scoring a request: the body is validated whole (its shape, every id, every
 * answer against its question's kind and options, every citation against the
 * article), then each question it names is scored with its right answer,
 * explanation and evidence.
 */
import * as v from 'valibot';
import { z } from 'zod';

import { answerSchemas, citedSentencesSchema, unknownSentence, type Answer, type AnswerOf, type Citation, type PartScore, type QuestionResult, type QuestionScore, type ScoreResponse } from '@/lib/answers';
import { partBOf, type LoadedSet, type Question, type QuestionKind, type QuestionOf } from '@/lib/content';

import { citeFraction, ruleFor } from './score-kinds';

/** What a question answered by citing needs beside its answer. */
export interface Cited {
  /** The ids of the right sentences: a cite-evidence question's answer, or Part B's. */
  key: readonly string[];
  /** Part B's answer: the sentences the student selected, or null when none. */
  citation: Citation | null;
}

const roundPoints = (value: number) => Math.round(value * 100) / 100;

function part(fraction: number, maxPoints: number): PartScore {
  const points = roundPoints(fraction * maxPoints);
  return { correct: points === maxPoints, points, maxPoints };
}

/** Part A of a question, scored by its kind's rule, with its right answer. */
function scorePartA<K extends QuestionKind>(kind: K, question: QuestionOf<K>, answer: AnswerOf<K> | null, key: readonly string[]) {
  const rule = ruleFor(kind);
  return { score: part(answer === null ? 0 : rule.fraction(question, answer, key), question.points), correctAnswer: rule.correctAnswer(question, key) };
}

/**
 * Scores one answer, already validated against its kind's answer schema.
 * `null` means unanswered: no points, but the right answer is still given.
 * A paired question scores its two parts on their own and adds them up.
 */
export function scoreQuestion(question: Question, answer: Answer | null, cited: Cited = { key: [], citation: null }): QuestionScore {
  const { score: a, correctAnswer } = scorePartA(question.kind, question, answer, cited.key);
  const partB = partBOf(question);
  if (!partB) return { id: question.id, correctAnswer, correct: a.correct, points: a.points, maxPoints: a.maxPoints };
  const b = part(cited.citation === null ? 0 : citeFraction(cited.citation, cited.key), partB.points);
  return {
    id: question.id,
    correctAnswer,
    correct: a.correct && b.correct,
    points: roundPoints(a.points + b.points),
    maxPoints: a.maxPoints + b.maxPoints,
    parts: { a, b: { ...b, correctAnswer: [...cited.key] } },
  };
}

const byQuestion = z.record(z.string().max(200), z.unknown());

export const scoreRequestSchema = z.strictObject({
  answers: byQuestion,
  /** Part B of paired questions: the sentences selected, by question id. */
  citations: byQuestion.optional(),
});

export type ScoreOutcome = { ok: true; response: ScoreResponse } | { ok: false; error: string };

type Read<T> = { ok: true; value: T | null } | { ok: false; error: string };

/** The ids as sent: zod's copy would drop a "__proto__" key instead of refusing it. */
const sentIds = (body: unknown, field: 'answers' | 'citations') => Object.keys(((body as Record<string, unknown>)[field] as object | undefined) ?? {});

/** One answer or citation as sent: null when not given, else parsed by its schema and checked by `problemOf`. */
function read<T>(raw: unknown, schema: v.GenericSchema<unknown, T>, problemOf: (value: T) => string | null, malformed: string, misfit: string): Read<T> {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  const parsed = v.safeParse(schema, raw);
  if (!parsed.success) return { ok: false, error: `${malformed} ${v.summarize(parsed.issues)}` };
  const problem = problemOf(parsed.output);
  return problem ? { ok: false, error: `${misfit}: ${problem}.` } : { ok: true, value: parsed.output };
}

function readAnswer<K extends QuestionKind>(kind: K, question: QuestionOf<K>, raw: unknown, sentences: ReadonlySet<string>): Read<AnswerOf<K>> {
  const checkFit = (answer: AnswerOf<K>) => ruleFor(kind).problem(question, answer, sentences);
  return read(raw, answerSchemas[kind], checkFit, `The answer to "${question.id}" (${kind}) is malformed.`, `The answer to "${question.id}" does not fit`);
}

/** Scores a request body against a set: a response for the questions it names, or what is wrong with it. */
export function scoreAnswers(set: LoadedSet, body: unknown): ScoreOutcome {
  const request = scoreRequestSchema.safeParse(body);
  if (!request.success) {
    return { ok: false, error: `The body must look like {"answers": {"<questionId>": <answer>}, "citations": {"<questionId>": ["<sentence>"]}}, "citations" optional. ${z.prettifyError(request.error)}` };
  }
  const given = request.data.answers;
  const cited = request.data.citations ?? {};
  const unknown = sentIds(body, 'answers').find((id) => !set.questions.some((q) => q.id === id));
  if (unknown !== undefined) return { ok: false, error: `Set "${set.id}" has no question "${unknown}".` };
  const unpaired = sentIds(body, 'citations').find((id) => !set.questions.some((q) => q.id === id && partBOf(q)));
  if (unpaired !== undefined) return { ok: false, error: `Set "${set.id}" has no question "${unpaired}" with a Part B to cite sentences for.` };

  const sentences = new Set(set.sentences);
  const results: QuestionResult[] = [];
  for (const question of set.questions) {
    if (!Object.hasOwn(given, question.id) && !Object.hasOwn(cited, question.id)) continue;
    const answer = readAnswer(question.kind, question, given[question.id], sentences);
    if (!answer.ok) return answer;
    const cites = `The sentences cited for "${question.id}"`;
    const citation = read(cited[question.id], citedSentencesSchema, (ids) => unknownSentence(ids, sentences), `${cites} are malformed.`, `${cites} do not fit`);
    if (!citation.ok) return citation;
    const scored = scoreQuestion(question, answer.value, { key: set.citedKeys[question.id] ?? [], citation: citation.value });
    results.push({ ...scored, explanation: question.explanation, evidence: set.evidence[question.id] ?? [] });
  }
  const sum = (pick: (r: QuestionResult) => number) => roundPoints(results.reduce((total, r) => total + pick(r), 0));
  return { ok: true, response: { score: sum((r) => r.points), maxScore: sum((r) => r.maxPoints), results } };
}
