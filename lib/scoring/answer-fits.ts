import type { Question } from '@/lib/content';
import { unknownSentence, type Answer } from '@/lib/answers';

const among = (value: string, list: readonly string[], what: string) => (list.includes(value) ? null : `"${value}" is not one of the ${what}`);

function firstProblem(values: readonly string[], check: (value: string) => string | null): string | null {
  for (const value of values) {
    const problem = check(value);
    if (problem) return problem;
  }
  return null;
}

/**
 * Checks an answer of the right type against its question: a choice must be
 * one of the options, an ordering must list each item once, a matching may
 * only name the quotes and speakers offered, a citation only the article's
 * sentences (`sentences`, by id). Returns what is wrong, or null.
 */
export function answerProblem(question: Question, answer: Answer, sentences: ReadonlySet<string>): string | null {
  switch (question.kind) {
    case 'single-choice':
      return among(answer as string, question.options, 'options');
    case 'who-said':
      return among(answer as string, question.speakers, 'speakers');
    case 'multiple-select': {
      const chosen = answer as string[];
      if (new Set(chosen).size !== chosen.length) return 'an option is chosen twice';
      return firstProblem(chosen, (value) => among(value, question.options, 'options'));
    }
    case 'order': {
      const given = answer as string[];
      const fits = given.length === question.items.length && new Set(given).size === given.length && given.every((item) => question.items.includes(item));
      return fits ? null : 'an ordering must list every item exactly once';
    }
    case 'match-speakers': {
      const speakers = new Set([...question.pairs.map((p) => p.speaker), ...question.distractors]);
      for (const [key, speaker] of Object.entries(answer as Record<string, string>)) {
        if (Number(key) >= question.pairs.length) return `there is no quote number ${key}`;
        if (!speakers.has(speaker)) return `"${speaker}" is not one of the speakers`;
      }
      return null;
    }
    case 'date':
      return question.options ? among(answer as string, question.options, 'options') : null;
    case 'cite-evidence':
      return unknownSentence(answer as string[], sentences);
    case 'claim':
    case 'short-text':
      return null;
  }
}
