import type { TextSpan } from '@/lib/text';

import type { AttributedQuotation, HowAttributed, ResolvedAct, SentenceRef, Speaker } from './attribute-quotations';
import type { Drafted, WhoSaidDraft } from './draft-question-set';
import { type VerbSort, verbSort } from './find-speech-acts';
import type { NameIndex } from '@/lib/names';
import { MASK, maskQuotations, type QuotePart, toSingleQuotes } from './quotations';

export interface UnattributedQuotation {
  quote: string;
  /** 1-based. */
  paragraph: number;
  reason: string;
}

/** The quoted words without the comma or full stop that belongs to the sentence around them. */
export function quoteText(text: string, part: QuotePart): string {
  return text.slice(part.start, part.end).replace(/[,.;:]$/, '').trim();
}

/** The sentences that hold the quotation and its attribution (and, for a pronoun, the speaker's name), verbatim. */
function evidenceFor(paragraphs: readonly { text: string }[], sentences: readonly TextSpan[][], part: QuotePart, act: ResolvedAct): string[] {
  const own = sentences[part.paragraph]?.find((s) => part.start >= s.start && part.start < s.end) ?? { start: part.start, end: part.start };
  const { sentence } = act;
  const spans: SentenceRef[] =
    sentence.paragraph === part.paragraph
      ? [{ paragraph: part.paragraph, span: { start: Math.min(own.start, sentence.span.start), end: Math.max(own.end, sentence.span.end) } }]
      : [{ paragraph: part.paragraph, span: own }, sentence];
  const named = act.antecedent;
  const covered = named && spans.some((s) => s.paragraph === named.paragraph && s.span.start <= named.span.start && s.span.end >= named.span.end);
  if (named && !covered && named.paragraph >= part.paragraph - 1) spans.push(named);
  return spans.map(({ paragraph, span }) => (paragraphs[paragraph]?.text ?? '').slice(span.start, span.end));
}

const PROMPTS: Record<VerbSort, string> = { say: 'Who said this?', according: 'Who said this?', write: 'Who wrote this?', report: 'Whose words are these?' };

/** A speaker as prose names them: "Moritz Rudolf", but "the Chinese foreign ministry". */
const inProse = (speaker: Speaker) => (speaker.person || /^the\s/i.test(speaker.name) ? speaker.name : `the ${speaker.name}`);

/** For each way a quotation was attributed: the teacher's note, and what the explanation adds after naming the speaker. */
const BY_HOW: Record<HowAttributed, (act: ResolvedAct, who: string) => { note?: string; more?: string }> = {
  named: (act, who) => (act.where === 'main' ? { note: `speaker taken from the subject of the sentence: check it is ${who}` } : {}),
  reported: (act, who) => ({ note: `words reported with “${act.verb}”: check that they are ${who}’s own` }),
  pronoun: ({ subject, verb }, who) => ({
    note: `speaker read from “${subject.text} ${verb}”: check that “${subject.text}” is ${who}`,
    more: ` “${subject.text[0]?.toUpperCase()}${subject.text.slice(1)}” refers back to ${who}, named just before.`,
  }),
  continued: () => ({
    note: 'this quotation has no attribution of its own; the speaker is carried over from the quotation before',
    more: ' The quotation carries on in the same voice.',
  }),
};

/** Everyone a question may offer: the quoted speakers, then the people and the bodies only named. */
function speakerCandidates(attributed: readonly AttributedQuotation[], names: NameIndex): SpeakerCandidate[] {
  const quoted = new Map(attributed.flatMap(({ act }) => (act ? [[act.speaker.name, act.speaker.person] as const] : [])));
  const candidate = (isQuoted: boolean, person: boolean) => (name: string) => ({ name, quoted: isQuoted, person, paragraphs: names.mentions(name) });
  const named = (list: readonly string[], person: boolean) => list.filter((n) => !quoted.has(n)).map(candidate(false, person));
  return [...[...quoted].map(([name, person]) => candidate(true, person)(name)), ...named(names.people, true), ...named(names.organisations, false)];
}

/**
 * The speakers of the draft's nth who-said question in the order they are
 * written: alphabetical, then turned n places, the ones before moved to the
 * end. The order never depends on which speaker is right, and an article
 * whose quotations are all one speaker's, offered beside the same others,
 * does not put the answer at the same place every time, which content:check
 * would warn about (lib/check/answer-positions.ts).
 */
export function writtenSpeakerOrder(speakers: readonly string[], n: number): string[] {
  const sorted = [...speakers].sort((a, b) => a.localeCompare(b));
  const turn = n % Math.max(1, sorted.length);
  return [...sorted.slice(turn), ...sorted.slice(0, turn)];
}

/**
 * One who-said question per attributed quotation: its first part as the
 * quote, the speaker among up to three others from the article (in the
 * order writtenSpeakerOrder gives, so the answer's place gives nothing
 * away), and the sentences that show who said it as evidence.
 */
export function draftWhoSaidQuestions(
  paragraphs: readonly { text: string }[],
  sentences: readonly TextSpan[][],
  attributed: readonly AttributedQuotation[],
  names: NameIndex,
): { drafted: Drafted<WhoSaidDraft>[]; skipped: UnattributedQuotation[] } {
  const candidates = speakerCandidates(attributed, names);
  const drafted: Drafted<WhoSaidDraft>[] = [];
  const skipped: UnattributedQuotation[] = [];
  const allParts = attributed.flatMap((a) => [...a.quotation.parts, ...a.continuations.flatMap((c) => c.parts)]);
  const maskedText = paragraphs.map(({ text }, i) => maskQuotations(text, allParts.filter((p) => p.paragraph === i)));
  for (const found of attributed) {
    const [part, ...later] = found.quotation.parts as [QuotePart, ...QuotePart[]];
    const text = paragraphs[part.paragraph]?.text ?? '';
    const quote = quoteText(text, part);
    const paragraph = part.paragraph + 1;
    const { act } = found;
    const distractors = act ? chooseDistractors(act.speaker.name, part.paragraph, candidates) : [];
    if (!act || distractors.length === 0) {
      skipped.push({ quote, paragraph, reason: act ? `nobody but ${act.speaker.name} to offer as a speaker` : 'no speech verb attributes it' });
      continue;
    }
    const actText = paragraphs[act.sentence.paragraph]?.text ?? '';
    const context = attributionContext(actText, maskedText[act.sentence.paragraph] ?? actText, act);
    const who = inProse(act.speaker);
    const { note, more = '' } = BY_HOW[found.how ?? 'named'](act, who);
    const guessed = act.subject.kind === 'name' && act.subject.guessed ? `the name is read from after a title: check that “${act.speaker.name}” is the whole name` : undefined;
    const question = (at: QuotePart, runsOn: string): Omit<WhoSaidDraft, 'id'> => ({
      kind: 'who-said',
      prompt: PROMPTS[verbSort(act.verb)],
      quote: quoteText(paragraphs[at.paragraph]?.text ?? '', at),
      speakers: [act.speaker.name, ...distractors],
      answer: act.speaker.name,
      explanation: `The article attributes this to ${who}: “${context}”.${more}${runsOn}`,
      evidence: evidenceFor(paragraphs, sentences, at, act),
    });
    const notes = [note, guessed].filter(Boolean).join('; ');
    drafted.push({ question: question(part, ''), paragraph, ...(notes ? { note: notes } : {}) });
    // Each further paragraph of a quotation that runs on is a quotation of its own to ask about, in the same voice.
    for (const at of later) {
      const runsOn = ` The quotation runs on from paragraph ${paragraph}.`;
      drafted.push({ question: question(at, runsOn), paragraph: at.paragraph + 1, ...(notes ? { note: notes } : {}) });
    }
    // The second half of a split quote (“A,” she said. “B.”) is asked about too: its words are as much the speaker's.
    const carried = BY_HOW.continued(act, who);
    for (const at of found.continuations.flatMap((c) => c.parts)) {
      const note = [notes, carried.note].filter(Boolean).join('; ');
      drafted.push({ question: question(at, carried.more ?? ''), paragraph: at.paragraph + 1, note });
    }
  }
  const ordered = drafted.map(({ question, ...rest }, n) => ({ ...rest, question: { ...question, speakers: writtenSpeakerOrder(question.speakers, n) } }));
  return { drafted: ordered, skipped };
}

/**
 * The words that attribute a quotation, as the article writes them: from
 * the subject or verb on, up to twelve more words, stopping at the next
 * quotation or the end of the sentence ("Moritz Rudolf, a fellow at …, told
 * VICE World News").
 */
export function attributionContext(text: string, masked: string, act: ResolvedAct, extraWords = 12): string {
  let start = Math.min(act.start, act.subject.start);
  start -= /\b(?:the|The)\s+$/.exec(text.slice(Math.max(0, start - 4), start))?.[0].length ?? 0;
  const from = Math.max(act.end, act.subject.end);
  const rest = masked.slice(from, act.sentence.span.end);
  const quoteAt = rest.indexOf(MASK);
  const region = quoteAt >= 0 ? rest.slice(0, quoteAt) : rest;
  const words = [...region.matchAll(/\S+/g)];
  const cutWord = words[extraWords];
  const end = from + (cutWord ? cutWord.index : region.length);
  const context = text.slice(start, end).trim().replace(/[\s,;:.]+$/, '');
  const cut = cutWord !== undefined || quoteAt >= 0;
  return toSingleQuotes(cut ? `${context}…` : context);
}

/** Someone a who-said question may offer as a wrong answer. */
export interface SpeakerCandidate {
  name: string;
  /** Whether the article quotes them (rather than only naming them). */
  quoted: boolean;
  /** A person, rather than a body. */
  person: boolean;
  /** Paragraph indexes that mention them. */
  paragraphs: readonly number[];
}

/** Words that say nothing about who a name is: "the", "of", titles are not among them since a title may be the name. */
const SLIGHT = new Set(['the', 'of', 'for', 'and', 'on', 'de', 'van', 'von', 'al']);
const nameWords = (name: string) => name.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !SLIGHT.has(w));

/** Two names for the same speaker, or close enough to be taken for it: "Sherman" and "Wendy Sherman", "China" and "China’s foreign ministry". */
export function isVariantOf(name: string, other: string): boolean {
  const words = new Set(nameWords(name));
  return nameWords(other).some((w) => words.has(w));
}

/**
 * Up to `count` wrong speakers for a quotation in a given paragraph. The
 * most tempting come first: anyone named in the same paragraph, then the
 * other quoted speakers, then people (or bodies, when a body said it) only
 * named, the nearest first. Never the answer, nor a name sharing a word
 * with it or with another choice, which would give the answer away or be
 * right too.
 */
export function chooseDistractors(answer: string, paragraph: number, candidates: readonly SpeakerCandidate[], count = 3): string[] {
  const answerIsPerson = candidates.find((c) => c.name === answer)?.person ?? true;
  const distance = (c: SpeakerCandidate) => Math.min(...c.paragraphs.map((p) => Math.abs(p - paragraph)), Number.MAX_SAFE_INTEGER);
  const byRank = (a: SpeakerCandidate, b: SpeakerCandidate) =>
    Number(distance(a) > 0) - Number(distance(b) > 0) ||
    Number(!a.quoted) - Number(!b.quoted) ||
    Number(a.person !== answerIsPerson) - Number(b.person !== answerIsPerson) ||
    distance(a) - distance(b);
  const chosen: string[] = [];
  for (const { name } of [...candidates].sort(byRank)) {
    if (chosen.length < count && ![answer, ...chosen].some((n) => isVariantOf(n, name))) chosen.push(name);
  }
  return chosen;
}
