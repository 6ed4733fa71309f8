import * as chrono from 'chrono-node';

import { monthNamed, type TextSpan } from '@/lib/text';

import { type ResolvedDate, resolveRelativeDate } from './resolve-relative-date';

export type DateKind = 'point' | 'duration' | 'ordinal';

/** A date or time expression in a text; the span covers `text`, not `lead`. */
export interface DateExpression extends TextSpan {
  /** As written, without its preposition: "Monday", "2022", "last month", "three-day". */
  text: string;
  /** The word before it that the answer leaves out: "on", "in", "its". */
  lead?: string;
  kind: DateKind;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD" when the text writes the year out; "--MM-DD" for a month and day without one ("March 18"). */
  calendar?: string;
  /** The day, month or year a relative expression ("on Friday", "last month") means on the reference date. */
  resolved?: ResolvedDate;
}

const LEADS = 'on|in|at|by|since|until|till|from|during|for|before|after|over|through|throughout|between|of';
/** A preposition before an expression, past an optional "the": "over the past year" leads with "over". */
const LEAD_BEFORE = new RegExp(`(?:^|[\\s(])(${LEADS})\\s+(?:the\\s+)?$`, 'i');
const DETERMINER_BEFORE = /(?:^|[\s(])(its|the|his|her|their)\s+$/i;
const LEAD_INSIDE = new RegExp(`^(${LEADS})\\s+`, 'i');
const QUALIFIER_BEFORE = /(?:^|\s)((?:earlier|later|early|late|mid)[\s-]+)$/i;
const MONTH_ONLY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const VAGUE = /^(?:now|right now|currently|then)$/i;
const NUMBER = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|\\d+(?:\\.\\d+)?)';
const UNIT = '(?:second|minute|hour|day|night|week|month|year|decade|century)';
const DURATION_HYPHENATED = new RegExp(`(?<![\\p{L}\\p{N}-])${NUMBER}(?:-${NUMBER})?-${UNIT}(?:-long)?(?![\\p{L}-])`, 'giu');
const DURATION_FOR = new RegExp(`(?<=\\bfor\\s)(?:${NUMBER}|a|an)\\s+${UNIT}s?(?![\\p{L}])`, 'giu');
const ORDINAL = new RegExp(`(?<![\\p{L}\\p{N}])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+(?:day|week|month|year|decade|anniversary|term|round)(?![\\p{L}])`, 'giu');
const YEAR = /(?<![\p{L}\p{N}$£€.,-])((?:early|late|mid)[\s-])?((?:1[89]|20)\d{2})(s?)(?![\p{L}\p{N}%]|[.,]\d)/giu;

function leadBefore(text: string, start: number, pattern = LEAD_BEFORE): string | undefined {
  return pattern.exec(text.slice(Math.max(0, start - 20), start))?.[1];
}

function expression(start: number, text: string, kind: DateKind, lead?: string, calendar?: string): DateExpression {
  return { start, end: start + text.length, text, kind, lead, calendar };
}

/** A day or month inside a proper name, such as "Black Friday" or "Arab Spring", is not an event's date. */
function insideName(text: string, start: number, written: string, lead: string | undefined): boolean {
  if (lead || !/^\p{Lu}/u.test(written)) return false;
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
  const sentenceStart = /[.!?\u201C"]$/.test(text.slice(0, start - before.length).trimEnd()) || start - before.length <= 0;
  return /^\p{Lu}/u.test(before) && !sentenceStart;
}

function calendarOf(result: chrono.ParsedResult): string | undefined {
  const { start } = result;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  if (!/\b\d{4}\b/.test(result.text) || !start.isCertain('year')) {
    // A month and day without a year ("March 18", "9/11"): certain as far as it goes. chrono also
    // calls "the last 59 days" certain, so the text must write a month out, by name or in figures.
    const writesMonth = /\d{1,2}\/\d{1,2}/.test(result.text) || (/\d/.test(result.text) && result.text.split(/[^A-Za-z]+/).some((word) => monthNamed(word) !== undefined));
    return writesMonth && start.isCertain('month') && start.isCertain('day') && !result.end ? `--${pad(start.get('month'))}-${pad(start.get('day'))}` : undefined;
  }
  const month = start.isCertain('month') ? `-${pad(start.get('month'))}` : '';
  const day = month && start.isCertain('day') ? `-${pad(start.get('day'))}` : '';
  return `${start.get('year')}${month}${day}`;
}

function fromChrono(text: string, reference: Date): DateExpression[] {
  return chrono.parse(text, reference).flatMap((result) => {
    let start = result.index;
    let written = result.text.replace(/[\s,;:]+$/, '');
    const leadInside = LEAD_INSIDE.exec(written);
    if (leadInside) {
      start += leadInside[0].length;
      written = written.slice(leadInside[0].length);
    }
    const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1];
    if (qualifier) {
      start -= qualifier.length;
      written = text.slice(start, start + qualifier.length + written.length);
    } else if (/^(?:past|previous|coming)\b/i.test(written) && /\bthe\s+$/i.test(text.slice(0, start))) {
      start -= 4;
      written = `the ${written}`;
    }
    const lead = leadInside?.[1] ?? leadBefore(text, start);
    if (VAGUE.test(written) || (MONTH_ONLY.test(written) && !lead && !qualifier) || insideName(text, start, written, lead)) return [];
    const found = expression(start, written, 'point', lead, calendarOf(result));
    return [found];
  });
}

function fromYears(text: string): DateExpression[] {
  return [...text.matchAll(YEAR)].flatMap((m) => {
    const lead = leadBefore(text, m.index);
    return lead || m[1] ? [expression(m.index, m[0], 'point', lead, m[3] ? undefined : m[2])] : [];
  });
}

function fromPattern(text: string, pattern: RegExp, kind: DateKind): DateExpression[] {
  return [...text.matchAll(pattern)].flatMap((m) => {
    if (kind === 'duration' && /^-old\b/.test(text.slice(m.index + m[0].length))) return [];
    return [expression(m.index, m[0], kind, leadBefore(text, m.index, kind === 'ordinal' ? DETERMINER_BEFORE : LEAD_BEFORE))];
  });
}

/** chrono reads "February last year" as two expressions; side by side, they are one. */
function joinNeighbours(text: string, expressions: DateExpression[]): DateExpression[] {
  const joined: DateExpression[] = [];
  for (const next of expressions) {
    const previous = joined.at(-1);
    if (previous && /^\s+$/.test(text.slice(previous.end, next.start))) {
      joined[joined.length - 1] = expression(previous.start, text.slice(previous.start, next.end), 'point', previous.lead);
    } else {
      joined.push(next);
    }
  }
  return joined;
}

/**
 * Every date or time expression in a text, in order: what chrono-node reads
 * (weekdays, dates, "last month", "Monday afternoon"), resolved against the
 * reference date; bare years after a preposition ("in 2022"), which chrono
 * leaves alone; durations ("three-day", "for two weeks") and ordinals
 * ("second year"). Where two overlap, the longer wins. A relative date
 * ("on Friday", "last month") is also read as what it means on the
 * reference date, when that is certain (resolve-relative-date.ts).
 */
export function findDateExpressions(text: string, reference: Date): DateExpression[] {
  const found = [
    ...fromPattern(text, DURATION_HYPHENATED, 'duration'),
    ...fromPattern(text, DURATION_FOR, 'duration'),
    ...fromPattern(text, ORDINAL, 'ordinal'),
    ...fromYears(text),
    ...joinNeighbours(text, fromChrono(text, reference)),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateExpression[] = [];
  for (const candidate of found) {
    if (!kept.some((k) => candidate.start < k.end && candidate.end > k.start)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start).map((e) => {
    const resolved = e.kind === 'point' && !e.calendar ? resolveRelativeDate(e.text, text.slice(0, e.start), reference) : null;
    return resolved ? { ...e, resolved } : e;
  });
}
