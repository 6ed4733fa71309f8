/**
 * Whether a set's right answers sit at one position of their lists, as the
 * teacher wrote them, far more often than chance would put them there: the
 * habit of writing the right option first. Students see each list shuffled
 * for them, but the written order is what the file, its copies and printouts
 * and every pinned entry show, so a habit gives the answers away to anyone
 * who reads one of those.
 *
 * Each question with n entries, k of them right, puts a right one at a given
 * position with probability k/n; a pinned entry stays where it is written, so
 * its position is certain and only the other entries are counted as chance
 * would place them. For each position (first, second, …, and last) the count
 * of questions with a right entry there is compared with that chance by its
 * exact tail probability; a warning needs that probability, times the number
 * of positions tried, under ALARM_LEVEL, and at least MIN_QUESTIONS questions
 * at the position, so two-question sets and honest orders stay quiet.
 */
import type { Question } from '@/lib/content';

export const ALARM_LEVEL = 0.01;
export const MIN_QUESTIONS = 3;

/** A question's list as written, with which entries are right and which pinned. */
export interface WrittenList {
  entries: readonly string[];
  right: readonly string[];
  pinned: readonly string[];
}

/** The choice-like lists of a question: options or speakers and what is right among them. */
export function writtenList(question: Question): WrittenList | null {
  const pinned = 'pinned' in question ? (question.pinned ?? []) : [];
  if (question.kind === 'single-choice') return { entries: question.options, right: [question.answer], pinned };
  if (question.kind === 'multiple-select') return { entries: question.options, right: question.answers, pinned };
  if (question.kind === 'who-said') return { entries: question.speakers, right: [question.answer], pinned };
  if (question.kind === 'date' && question.options) return { entries: question.options, right: [question.answer], pinned };
  return null;
}

/** The chance, were the unpinned entries in any order, that the entry at an index is a right one. */
function chanceAt(list: WrittenList, index: number): number {
  const entry = list.entries[index] as string;
  if (list.pinned.includes(entry)) return list.right.includes(entry) ? 1 : 0;
  const free = list.entries.filter((e) => !list.pinned.includes(e));
  return free.filter((e) => list.right.includes(e)).length / free.length;
}

/**
 * P(X ≥ observed) for X the number of successes of independent trials with
 * these probabilities (the Poisson-binomial distribution), computed exactly.
 */
export function upperTail(probabilities: readonly number[], observed: number): number {
  let distribution = [1];
  for (const p of probabilities) {
    const next = new Array<number>(distribution.length + 1).fill(0);
    distribution.forEach((mass, successes) => {
      next[successes] = (next[successes] ?? 0) + mass * (1 - p);
      next[successes + 1] = (next[successes + 1] ?? 0) + mass * p;
    });
    distribution = next;
  }
  return Math.min(1, distribution.slice(observed).reduce((sum, mass) => sum + mass, 0));
}

export interface PositionHabit {
  /** "first", "second", … or "last". */
  position: string;
  /** Questions with a right entry at that position, and questions whose list reaches it. */
  observed: number;
  questions: number;
  /** How many chance would put there. */
  expected: number;
  /** The tail probability, already multiplied by the number of positions tried. */
  p: number;
  /** Whether every question concerned has one right entry ("the right answer" rather than "a right answer"). */
  singleAnswer: boolean;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function ordinal(index: number): string {
  const n = index + 1;
  if (ORDINALS[index]) return ORDINALS[index];
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The index a position names in a list: counted from the start, or the last entry. */
type Position = { name: string; indexIn: (list: WrittenList) => number | null };

function positions(lists: readonly WrittenList[]): Position[] {
  const longest = Math.max(0, ...lists.map((l) => l.entries.length));
  const fromStart = Array.from({ length: longest }, (_, i): Position => ({ name: ordinal(i), indexIn: (l) => (i < l.entries.length ? i : null) }));
  return [...fromStart, { name: 'last', indexIn: (l) => l.entries.length - 1 }];
}

/** The most unlikely position habit of a set's lists, or null when none is unlikely enough to warn about. */
export function positionHabit(lists: readonly WrittenList[]): PositionHabit | null {
  const tried = positions(lists)
    .map(({ name, indexIn }) => {
      const concerned = lists.flatMap((list) => {
        const index = indexIn(list);
        return index === null ? [] : [{ list, chance: chanceAt(list, index), hit: list.right.includes(list.entries[index] as string) }];
      });
      return { name, concerned, hits: concerned.filter((c) => c.hit) };
    })
    .filter(({ concerned }) => concerned.length >= MIN_QUESTIONS);
  let found: PositionHabit | null = null;
  for (const { name, concerned, hits } of tried) {
    if (hits.length < MIN_QUESTIONS) continue;
    const p = Math.min(1, upperTail(concerned.map((c) => c.chance), hits.length) * tried.length);
    if (p >= ALARM_LEVEL || (found && found.p <= p)) continue;
    found = {
      position: name,
      observed: hits.length,
      questions: concerned.length,
      expected: concerned.reduce((sum, c) => sum + c.chance, 0),
      p,
      singleAnswer: hits.every((c) => c.list.right.length === 1),
    };
  }
  return found;
}

/** What content:check says about a habit, in a teacher's words. */
export function positionHabitMessage(habit: PositionHabit): string {
  const answer = habit.singleAnswer ? 'the right answer' : 'a right answer';
  const chance = habit.expected < 0.5 ? 'almost none' : `about ${Math.round(habit.expected)}`;
  return (
    `${answer} is the ${habit.position} entry in ${habit.observed} of ${habit.questions} choice questions; by chance ${chance} would be. ` +
    'Students see each list shuffled, but the written order shows in this file, in copies and printouts of it, and in pinned entries: mix the order you write them in'
  );
}
