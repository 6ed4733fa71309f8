/**
 * How a drafted question asks about a relative date: for the day, month or
 * year it means, never for the word itself, so "today" is never an answer
 * and a student has to read the article's date to answer.
 */
import { monthName, weekdayName, weekdayOf } from '@/lib/text';

import type { ResolvedDate } from './resolve-relative-date';

export interface ResolvedQuestionParts {
  ask: string;
  answer: string;
  accept: string[];
  /** The sentence the explanation adds after quoting the article. */
  because: string;
  note: string;
}

const ASK = {
  day: 'According to the article, on what day did this happen?',
  month: 'According to the article, in what month did this happen?',
  year: 'According to the article, in what year did this happen?',
} as const;

/** "2023-03-20" → "Monday, March 20, 2023". */
export function spellDay(calendar: string): string {
  return new Date(`${calendar}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** The answer as shown, and what else a student may type: the weekday and the month and day ("Monday", "March 20"), or the month alone. */
function answerForms({ calendar, precision }: ResolvedDate): { answer: string; accept: string[] } {
  const [year, month = 1, day = 1] = calendar.split('-').map(Number);
  const named = monthName(month);
  if (precision === 'year') return { answer: String(year), accept: [] };
  if (precision === 'month') return { answer: `${named} ${year}`, accept: [named] };
  return { answer: spellDay(calendar), accept: [weekdayName(weekdayOf(year ?? 0, month, day)), `${named} ${day}`] };
}

/**
 * The question's parts for a relative date expression as written (`text`),
 * resolved against the day of publication (`published`, "YYYY-MM-DD"). An
 * expression that names a weekday ("Monday afternoon", "last Friday") is
 * also a right answer as written, since it names the day asked for; "today",
 * "yesterday" and "last month" are not.
 */
export function resolvedQuestionParts(text: string, resolved: ResolvedDate, published: string): ResolvedQuestionParts {
  const { answer, accept } = answerForms(resolved);
  const namesWeekday = resolved.precision === 'day' && accept[0] !== undefined && text.toLowerCase().includes(accept[0].toLowerCase()) && text.toLowerCase() !== accept[0].toLowerCase();
  const meaning = resolved.reading.startsWith('the week of') ? resolved.reading : answer;
  return {
    ask: ASK[resolved.precision],
    answer,
    accept: namesWeekday ? [...accept, text] : accept,
    because: `It was published on ${spellDay(published)}, so “${text}” means ${meaning}.`,
    note: `“${text}” read as ${answer}: ${resolved.reading}`,
  };
}
