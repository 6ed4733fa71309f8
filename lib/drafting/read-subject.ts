import nlp from 'compromise';

import { BODY_HEADS, findNamePhrases, isTitleWord, type NamePhrase } from '@/lib/names';
import { MONTH_PATTERN, WEEKDAY_PATTERN, type TextSpan } from '@/lib/text';

import { MASK } from './quotations';

/**
 * Who a speech verb is about, read from the writer's own words around it
 * (quotations masked): before it, after it, or as the main clause's subject.
 */

export type Pronoun = 'he' | 'she' | 'it' | 'they';

/** Who a speech verb is about, as written; offsets are the paragraph's. */
export type Subject = TextSpan &
  (
    | { kind: 'name'; text: string; sentenceInitial: boolean; withThe: boolean; guessed: boolean }
    | { kind: 'body'; text: string; named: boolean }
    | { kind: 'role'; text: string; role: string }
    | { kind: 'pronoun'; text: string; pronoun: Pronoun }
  );

/** Words that may stand between a subject and its verb: "Xi has also said". */
const BETWEEN = new Set('also too both later then again previously once still recently earlier separately further yesterday today tonight has have had was is were would will could did does do'.split(' '));
/** A phrase of time or medium between a subject and its verb: "Smith on Tuesday told", "Doe in a statement said". */
const WHEN_OR_HOW = new RegExp(
  `(?:^|\\s)(?:on|in|at|during|late|early|last|this|next)\\s+(?:the\\s+|an?\\s+)?(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}|week|month|year|weekend|morning|afternoon|evening|night|statement|interview|e-?mail|tweet|letter|post)(?:\\s+(?:morning|afternoon|evening|night))?$`,
  'u',
);
/** A preposition in a subject puts the name in it out of the speaker's place. */
const PREPOSITION = /\S\s+(?:at|of|in|from|for|with|by|on|to|about|among|near|inside|outside|within)(?![\p{L}’'])/u;
/** Days and months are never speakers: "on Tuesday told" is when, not who. */
const CALENDAR = new RegExp(`^(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN})$`);
/** Words that end the clause a subject belongs to: the subject comes after the last of them. */
const CLAUSE_LINKS = new Set('and but or that because while as so when after before if who which where by'.split(' '));
/** An appositive between commas, after a name: "a fellow at …", "co-author of …", "who …", "however", "45", "D-Calif.". */
const APPOSITIVE = /^(?:\d+|\p{Ll}|[DRI]-[\p{Lu}][\p{L}.]*$)/u;
const PRONOUN = /^(he|she|it|they)$/i;
/** After these, a coordinated or -ing speech verb takes the subject of the main clause. */
export const MAIN_CLAUSE_LINKS = new Set(['and', 'or', 'by', 'while', 'after', 'before', 'then', 'when']);
const INTRODUCTION = /^(?:(?:But|And|Yet|So|Meanwhile|However|Still|Also|Instead|Moreover|Now|Then|Later|Earlier)\b,?\s+|(?:\p{Lu}\p{Ll}*(?:ing|ed)|In|On|At|After|Before|During|Despite|With|Without|For|While|Although|Though|Since|As|If|When|Following)\b[^,\uE000]*,\s+)/u;

/** Where `text.slice(from, to)` ends or starts once trimmed. */
const trimEnd = (text: string, from: number, to: number) => from + text.slice(from, to).trimEnd().length;
const trimStart = (text: string, from: number, to: number) => to - text.slice(from, to).trimStart().length;

/** The name phrase of a paragraph that ends exactly at an offset. The last text's phrases are kept: acts are read sentence by sentence. */
let phrasesOf: { text: string; phrases: NamePhrase[] } | null = null;
function phrasesIn(text: string): NamePhrase[] {
  if (phrasesOf?.text !== text) phrasesOf = { text, phrases: findNamePhrases(text) };
  return phrasesOf.phrases;
}
const phraseEndingAt = (text: string, end: number) => phrasesIn(text).find((p) => p.end === end);

/** "Doug Miller of Milltech Marine said": the speaker is the name before "of", the body after it where they work. */
function affiliatedName(text: string, clause: number, phrase: NamePhrase | undefined): NamePhrase | undefined {
  if (!phrase) return phrase;
  const phrases = phrasesIn(text);
  const before = phrases[phrases.indexOf(phrase) - 1];
  const linked = before && before.start >= clause && !before.possessive && /^\s+of(?:\s+the)?\s+$/.test(text.slice(before.end, phrase.start));
  return linked ? before : phrase;
}

/** Reads a subject that ends exactly at `to`: a pronoun, a name, or a named body. */
function subjectEndingAt(text: string, from: number, to: number, sentenceStart: number): Subject | null {
  const stops = [...text.slice(from, to).matchAll(/[,;:()\u2013\u2014\uE000]/g)];
  const clause = from + (stops.at(-1)?.index ?? -1) + 1;
  let start = clause;
  const words = [...text.slice(start, to).matchAll(/\S+/g)];
  const link = words.map((word) => CLAUSE_LINKS.has(word[0])).lastIndexOf(true);
  if (link >= 0) {
    const next = words[link + 1];
    if (!next) return null;
    start += next.index;
  }
  start = trimStart(text, start, to);
  const end = trimEnd(text, start, to);
  const tail = text.slice(start, end);
  if (tail === '' || tail.includes(MASK)) return null;

  const pronoun = PRONOUN.exec(tail);
  if (pronoun) return { kind: 'pronoun', pronoun: (pronoun[1] as string).toLowerCase() as Pronoun, text: tail, start, end };

  const determiner = /^(?:the|a|an)\s+/i.exec(tail);
  const phrase = affiliatedName(text, clause, phraseEndingAt(text, end));
  if (phrase && CALENDAR.test(phrase.name.text)) return null;
  // "Smith and Jones said": two speakers, neither of whom said it alone.
  const joined = link >= 0 && /^(?:and|or)$/.test(words[link]?.[0] ?? '') && /^\p{Lu}/u.test(words[link - 1]?.[0] ?? '');
  if (joined && (!phrase || phrase.start >= start)) return null;
  // "Officials at the European Space Agency said": the name is where they work, not who spoke ("with Miller describing" is Miller).
  if (PREPOSITION.test(text.slice(start, phrase ? Math.max(start, phrase.start) : end))) return null;
  // A name may hold "and" ("Department of Health and Human Services"), but not a comma.
  if (phrase && !phrase.possessive && phrase.start >= clause && /^\p{Lu}/u.test(phrase.name.text)) {
    const withThe = determiner !== null && phrase.start === start + determiner[0].length;
    const { name } = phrase;
    const sentenceInitial = name.start === trimStart(text, sentenceStart, end);
    return { kind: 'name', text: name.text, start: name.start, end, sentenceInitial, withThe, guessed: phrase.guessed };
  }

  // "the secretary said": the person the article last named with that title.
  const roleWords = /^the\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})$/u.exec(tail)?.[1]?.split(/\s+/) ?? [];
  const role = roleWords.at(-1);
  if (role && roleWords.every((w) => isTitleWord(w[0]?.toUpperCase() + w.slice(1)))) return { kind: 'role', text: tail, role, start, end };

  const body = determiner ? tail.slice(determiner[0].length) : tail;
  const bodyWords = body.split(/\s+/);
  const head = bodyWords.at(-1)?.toLowerCase() ?? '';
  if (bodyWords.length <= 5 && BODY_HEADS.has(head) && bodyWords.every((w) => /^[\p{L}’'\-]+$/u.test(w))) {
    return { kind: 'body', text: body, start: end - body.length, end, named: bodyWords.some((w) => /^\p{Lu}/u.test(w)) };
  }
  return null;
}

/** Skips words like "also" or "has" back from a verb. */
function skipBetween(text: string, from: number, to: number): number {
  let end = trimEnd(text, from, to);
  for (;;) {
    // "Sen. Mitch McConnell (R-Ky.) called": an aside in brackets.
    const aside = /\s*\([^()\uE000]*\)$/.exec(text.slice(from, end));
    if (aside) {
      end = trimEnd(text, from, end - aside[0].length);
      continue;
    }
    const when = WHEN_OR_HOW.exec(text.slice(from, end));
    if (when) {
      end = trimEnd(text, from, end - when[0].length);
      continue;
    }
    const [, word] = /(\p{L}+)$/u.exec(text.slice(from, end)) ?? [];
    if (!word || !(BETWEEN.has(word) || /^\p{Ll}+ly$/u.test(word))) return end;
    const next = trimEnd(text, from, end - word.length);
    if (next === end - word.length) return end;
    end = next;
  }
}

/** The subject written before a verb, passing over appositives: "Moritz Rudolf, a fellow at …, told". */
export function subjectBefore(text: string, sentence: TextSpan, verbStart: number): Subject | null {
  let end = skipBetween(text, sentence.start, verbStart);
  if (text[end - 1] !== ',') return subjectEndingAt(text, sentence.start, end, sentence.start);
  // Appositives between commas, the last first: "Jane Doe, 34, a nurse from Ohio, said".
  let close = end - 1;
  for (let guard = 0; guard < 3; guard++) {
    const earlier = text.lastIndexOf(',', close - 1);
    if (earlier < sentence.start || text.lastIndexOf(MASK, close - 1) > earlier) return guard === 0 ? null : subjectEndingAt(text, sentence.start, end, sentence.start);
    const between = text.slice(earlier + 1, close).trim();
    // "Merkel's spokesperson, Steffen Seibert, said": a full name between commas after a role is the subject.
    const named = guard === 0 ? phraseEndingAt(text, trimEnd(text, earlier + 1, close)) : undefined;
    if (named && named.start === trimStart(text, earlier + 1, close) && named.name.words.length >= 2 && !named.possessive) {
      return subjectEndingAt(text, earlier + 1, named.end, sentence.start);
    }
    if (!APPOSITIVE.test(between)) return guard === 0 ? null : subjectEndingAt(text, sentence.start, end, sentence.start);
    end = trimEnd(text, sentence.start, earlier);
    close = earlier;
  }
  return subjectEndingAt(text, sentence.start, end, sentence.start);
}

/**
 * The subject written after the verb, as in “…,” said Andrew Small, a senior
 * fellow, or “…,” said Secretary of State John Kerry: a name phrase right
 * after the verb is read whole, "of" and all.
 */
export function subjectAfter(text: string, sentence: TextSpan, verbEnd: number): Subject | null {
  const first = trimStart(text, verbEnd, sentence.end);
  const the = /^the\s+/i.exec(text.slice(first, sentence.end))?.[0].length ?? 0;
  const phrase = phrasesIn(text).find((p) => p.start === first + the);
  if (phrase && !phrase.possessive) return subjectEndingAt(text, verbEnd, phrase.end, sentence.start);
  const boundary = /[,.;:!?()\u2013\u2014\uE000]|\s(?:on|in|at|to|from|during|after|before|with|for|about|as|when|while|who|that|of)\s/u.exec(text.slice(verbEnd, sentence.end));
  return subjectEndingAt(text, verbEnd, boundary ? verbEnd + boundary.index : sentence.end, sentence.start);
}

/** The subject of the sentence's main clause, for "… brushed off concerns and urged" or "… by describing it as". */
export function mainSubject(text: string, sentence: TextSpan, verbStart: number): Subject | null {
  let start = sentence.start;
  for (let guard = 0; guard < 3; guard++) {
    const intro = INTRODUCTION.exec(text.slice(start, verbStart));
    if (!intro) break;
    start += intro[0].length;
  }
  const clause = text.slice(start, verbStart).replaceAll(MASK, ' ');
  const terms = (nlp(clause).json({ offset: true }) as { terms: { tags: string[]; offset: { start: number } }[] }[]).flatMap((s) => s.terms);
  const verb = terms.find((t) => t.tags.includes('Verb') && !t.tags.includes('Gerund'));
  if (!verb || verb.offset.start === 0) return null;
  return subjectBefore(text, { start, end: sentence.end }, start + verb.offset.start);
}

export function lastWordBefore(text: string, from: number, to: number): string {
  return /(\p{L}+)\s*$/u.exec(text.slice(from, skipBetween(text, from, to)))?.[1]?.toLowerCase() ?? '';
}
