import type { TextSpan } from '@/lib/text';

import { lastWordBefore, MAIN_CLAUSE_LINKS, mainSubject, type Subject, subjectAfter, subjectBefore } from './read-subject';

export type { Pronoun, Subject } from './read-subject';

/**
 * The verbs that attribute quoted words to a subject. Only written-out forms
 * are listed (no stems), so "state" the noun or "post-war" never match.
 */
const SAY = `said says say saying told tells telling added adds adding stressed stresses stressing noted notes noting
  explained explains explaining argued argues arguing warned warns warning insisted insists insisting asked asks
  replied replies responded responds claimed claims stated declared declares announced announces remarked recalled recalls
  acknowledged acknowledges admitted admits suggested suggests emphasized emphasised emphasizes emphasises predicted predicts
  cautioned cautions vowed vows pledged pledges promised conceded concedes complained complains boasted maintained countered
  observed continued concluded alleged alleges`.split(/\s+/);

/** Issuing a statement is speaking: “Hirono issued a statement. “…,” she said.” */
const ISSUED = ['issued a statement', 'released a statement', 'put out a statement'];

/** Verbs of writing: the prompt asks "Who wrote this?". */
const WRITE = 'wrote writes writing tweeted tweets posted'.split(' ');

/**
 * Verbs that report a subject's words without "said": urged the court to
 * uphold “…”, described it as “…”, thanked China for its “…”. The quoted
 * words are taken as the subject's (see docs/drafting.md).
 */
const REPORT = `urged urges urging described describes describing called calling thanked thanking praised praises
  criticized criticised criticizes accused accuses denied denies hailed hails dubbed labeled labelled termed
  dismissed dismisses condemned condemns`.split(/\s+/);

/** Verbs that attribute only straight after a quotation: “…,” he continued. Elsewhere they are narrative. */
const AFTER_QUOTE_ONLY = new Set(['continued', 'concluded', 'observed', 'maintained', 'countered']);

export type VerbSort = 'say' | 'write' | 'report' | 'according';

/** Nouns that name their speaker after them, as "according to" does: “a statement from NASA Administrator Sean O'Keefe”. */
const FROM = ['statement from', 'statement by', 'statement issued by', 'statement released by', 'remarks by', 'remarks from', 'message from'];

const SORTS = new Map<string, VerbSort>([
  ...SAY.map((v) => [v, 'say'] as const),
  ...ISSUED.map((v) => [v, 'say'] as const),
  ...WRITE.map((v) => [v, 'write'] as const),
  ...REPORT.map((v) => [v, 'report'] as const),
  ['according to', 'according'],
  ...FROM.map((v) => [v, 'according'] as const),
]);

/** Whether an act is a noun naming its source ("a statement from …"), after which a place may stand as well as a speaker. */
export const isFromNoun = (verb: string): boolean => FROM.includes(verb);

/** "by" right after a verb: its subject comes after, as the agent of a passive. */
const AGENT_AFTER_VERB = /^\s+by\s+(?=\p{Lu})/u;
/** A source named by its medium: "according to a tweet on Monday by", "according to a statement from". */
const AGENT_AFTER_SOURCE = /^\s+(?:an?|the)\s+(?:[\p{Ll}\-]+(?<!ed)\s+){1,2}?(?:(?:on|in|at)\s+\S+\s+)?(?:by|from)\s+(?=\p{Lu})/u;

/** A dash right after a quotation, naming its speaker: “We agree” — Jane Doe. */
const DASH_AFTER_QUOTE = /\uE000[,.!?]?\s*(?:\u2014|\u2013|--)\s*/g;

/** Any attributing verb as a whole word (not inside "so-called"). */
const SPEECH_VERB = new RegExp(`(?<![\\p{L}\\-])(?:${[...SORTS.keys()].sort((a, b) => b.length - a.length).join('|')}|According to)(?![\\p{L}\\-])`, 'gu');

/** The first speech verb from an offset, whether or not its subject can be read: “…,” a resident said. */
export function nextSpeechVerb(masked: string, from: number, to: number): TextSpan | null {
  const match = new RegExp(SPEECH_VERB.source, 'u').exec(masked.slice(from, to));
  return match ? { start: from + match.index, end: from + match.index + match[0].length } : null;
}

export function verbSort(verb: string): VerbSort {
  return SORTS.get(verb.toLowerCase()) ?? 'say';
}

export interface SpeechAct extends TextSpan {
  verb: string;
  subject: Subject;
  /** Where the subject was found: before the verb, after it ("said Small"), or as the subject of the main clause. */
  where: 'before' | 'after' | 'main';
}

/**
 * The speech acts in one sentence of a paragraph whose quotations are
 * masked: each attributing verb with the subject it attributes to. A verb
 * whose subject cannot be read ("experts say") is left out.
 */
export function findSpeechActs(masked: string, sentence: TextSpan): SpeechAct[] {
  const acts: SpeechAct[] = [];
  const region = masked.slice(sentence.start, sentence.end);
  for (const match of region.matchAll(SPEECH_VERB)) {
    const verb = match[0];
    const start = sentence.start + match.index;
    const end = start + verb.length;
    const afterQuote = /\uE000,?\s*$/.test(masked.slice(sentence.start, start));
    if (AFTER_QUOTE_ONLY.has(verb) && !afterQuote) continue;
    const sort = verbSort(verb);
    let where: SpeechAct['where'] = 'after';
    // The agent of a passive ("was told by Emergencies Minister Yevgeny Zinichev") or of a source ("according to a tweet by …").
    const agent = (sort === 'according' ? AGENT_AFTER_SOURCE : AGENT_AFTER_VERB).exec(masked.slice(end, sentence.end));
    let subject = agent ? subjectAfter(masked, sentence, end + agent[0].length) : null;
    if (subject?.kind === 'pronoun' || subject?.kind === 'role') subject = null;
    if (!subject) where = 'before';
    if (!subject && sort !== 'according') subject = subjectBefore(masked, sentence, start);
    if (!subject && (afterQuote || sort === 'according') && verb !== 'told') {
      subject = subjectAfter(masked, sentence, end);
      where = 'after';
    }
    if (!subject && sort !== 'according' && (MAIN_CLAUSE_LINKS.has(lastWordBefore(masked, sentence.start, start)) || verb.endsWith('ing'))) {
      subject = mainSubject(masked, sentence, start);
      where = 'main';
    }
    if (subject) acts.push({ verb, start, end, subject, where });
  }
  for (const dash of region.matchAll(DASH_AFTER_QUOTE)) {
    const start = sentence.start + dash.index + 1;
    const end = sentence.start + dash.index + dash[0].length;
    const subject = subjectAfter(masked, sentence, end);
    if (subject && subject.kind !== 'pronoun' && subject.kind !== 'role') acts.push({ verb: masked.slice(start, end).trim(), start, end, subject, where: 'after' });
  }
  return acts.sort((a, b) => a.start - b.start);
}
