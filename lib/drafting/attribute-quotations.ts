import type { NameIndex } from '@/lib/names';

import { findSpeechActs, isFromNoun, nextSpeechVerb, type SpeechAct, verbSort } from './find-speech-acts';
import { articleSentences, MASK, maskQuotations, partEnd, type Quotation, type QuotePart } from './quotations';
import { type SentenceRef, type Speaker, SpeakerTracker } from './speaker-tracker';

export type { SentenceRef, Speaker } from './speaker-tracker';

export interface ResolvedAct extends SpeechAct {
  sentence: SentenceRef;
  speaker: Speaker;
  /** For a pronoun, the sentence where the speaker was last named. */
  antecedent?: SentenceRef;
}

export type HowAttributed = 'named' | 'pronoun' | 'reported' | 'continued';

export interface AttributedQuotation {
  quotation: Quotation;
  /** The sentence the quotation begins in. */
  sentence: SentenceRef;
  act: ResolvedAct | null;
  how: HowAttributed | null;
  /** Later quotations of the same paragraph that carry on after the attribution: “A,” he said. “B.” */
  continuations: Quotation[];
}

interface SentenceInfo extends SentenceRef {
  index: number;
  /** The paragraph's text, and the same with its quotations masked. */
  text: string;
  masked: string;
  acts: ResolvedAct[];
}

/** Walks the article in reading order, reading every speech act and resolving its speaker. */
function readSentences(paragraphs: readonly { text: string }[], quotations: readonly Quotation[], names: NameIndex): SentenceInfo[] {
  const tracker = new SpeakerTracker(names);
  const sentences: SentenceInfo[] = [];
  const spansByParagraph = articleSentences(paragraphs, quotations);
  const parts = quotations.flatMap((q) => q.parts);
  paragraphs.forEach(({ text }, paragraph) => {
    const masked = maskQuotations(text, parts.filter((p) => p.paragraph === paragraph));
    for (const span of spansByParagraph[paragraph] ?? []) {
      const sentence = { paragraph, span };
      const acts: ResolvedAct[] = [];
      for (const act of findSpeechActs(masked, span)) {
        // "a statement from Geneva" says where, not who.
        if (isFromNoun(act.verb) && act.subject.kind === 'name' && names.isPlace(act.subject.text)) continue;
        const resolved = tracker.resolve(act.subject, sentence, act.verb);
        if (resolved) acts.push({ ...act, sentence, ...resolved });
      }
      tracker.observe(masked, sentence, acts.length > 0);
      sentences.push({ ...sentence, index: sentences.length, text, masked, acts });
    }
  });
  return sentences;
}

/** The sentence that holds an offset of a paragraph (or the last one to start before it). */
function sentenceOf(sentences: readonly SentenceInfo[], paragraph: number, offset: number): SentenceInfo {
  const inParagraph = sentences.filter((s) => s.paragraph === paragraph);
  return (inParagraph.find((s) => offset >= s.span.start && offset < s.span.end) ??
    inParagraph.filter((s) => s.span.start <= offset).at(-1) ??
    inParagraph[0]) as SentenceInfo;
}

const actFrom = (act: ResolvedAct) => Math.min(act.start, act.subject.start);
const actTo = (act: ResolvedAct) => Math.max(act.end, act.subject.end);

/**
 * The act that attributes a quotation part within its sentence: one written
 * right after it (“…,” Small said), else right before it (Small said: “…”),
 * else the nearest one in the sentence (“…” because …, he said).
 */
function chooseAct(sentence: SentenceInfo, part: QuotePart): ResolvedAct | null {
  const { acts, masked } = sentence;
  const end = partEnd(part, masked);
  const after = acts.find((a) => actFrom(a) >= end && /^[\s,]*$/.test(masked.slice(end, actFrom(a))));
  if (after) return after;
  // “…,” a resident said / “…,” she said with no one to be “she”: the speaker is there but unknown, so nobody else is.
  const next = nextSpeechVerb(masked, end, sentence.span.end);
  if (next && /^[\s,]*(?:[^\s,.;:!?\uE000]+\s+){0,4}$/.test(masked.slice(end, next.start)) && !acts.some((a) => a.start === next.start)) return null;
  const before = [...acts].reverse().find((a) => actTo(a) <= part.open && /^[\s,:]*(?:that\s*)?$/.test(masked.slice(actTo(a), part.open)));
  if (before) return before;
  const distance = (a: ResolvedAct) => (actFrom(a) >= end ? actFrom(a) - end : part.open - actTo(a));
  const nearest = [...acts].sort((a, b) => distance(a) - distance(b))[0] ?? null;
  // "Smith said the so-called “peace plan” was dead": a few quoted words inside the writer's sentence, away from "said",
  // are as often the writer's own scare quotes; words that end it ("said it would “review the data.”") are the speaker's.
  const words = (sentence.text.slice(part.start, part.end).match(/\S+/g) ?? []).length;
  const inside = /[\p{L}\p{N}]/u.test(masked.slice(end, sentence.span.end).replaceAll(MASK, ''));
  if (nearest && words < 4 && inside && actFrom(nearest) < part.open && ['say', 'write', 'according'].includes(verbSort(nearest.verb))) return null;
  return nearest;
}

function how(act: ResolvedAct): HowAttributed {
  if (act.subject.kind === 'pronoun' || act.subject.kind === 'role') return 'pronoun';
  return verbSort(act.verb) === 'report' ? 'reported' : 'named';
}

/** A sentence with nothing but quotations and punctuation in it: “B.” */
function isBare(sentence: SentenceInfo): boolean {
  return !/[\p{L}\p{N}]/u.test(sentence.masked.slice(sentence.span.start, sentence.span.end).replaceAll(MASK, ''));
}

/**
 * The act that introduces a quotation opening a paragraph from the end of
 * the paragraph before: “Sherman said:”, or a statement named in the last
 * sentence (“The following is a statement from NASA Administrator Sean
 * O'Keefe regarding …”), the quoted paragraphs following.
 */
function introducing(sentences: readonly SentenceInfo[], opening: SentenceInfo, first: QuotePart): ResolvedAct | null {
  const previous = sentences[opening.index - 1];
  if (!previous || previous.paragraph !== opening.paragraph - 1 || opening.masked.slice(0, first.open).trim() !== '') return null;
  const act = previous.acts.at(-1);
  if (!act) return null;
  const colon = /:$/.test(previous.masked.slice(previous.span.start, previous.span.end).trim());
  return colon || isFromNoun(act.verb) ? act : null;
}

/** The attributed quotation that has a part in a sentence, if any. */
function attributedIn(results: readonly AttributedQuotation[], sentence: SentenceRef): AttributedQuotation | undefined {
  const inside = (p: QuotePart) => p.paragraph === sentence.paragraph && p.start >= sentence.span.start && p.start < sentence.span.end;
  return [...results].reverse().find((r) => r.act && [r.quotation, ...r.continuations].some((q) => q.parts.some(inside)));
}

/**
 * Attributes every quotation of an article to a speaker, or to no one.
 * A quotation takes its speaker from a speech act in its own sentence (or,
 * when it runs over paragraphs, the sentence it ends in), else from one
 * that introduces it with a colon at the end of the paragraph before. A bare quotation
 * sentence right after an attributed one carries on the same speaker: in the
 * same paragraph it is the second half of a split quote and is folded into
 * the first; in the next paragraph it becomes a quotation of its own.
 * Quotations with no speaker (scare quotes, titles) are returned with `act: null`.
 */
export function attributeQuotations(paragraphs: readonly { text: string }[], quotations: readonly Quotation[], names: NameIndex): AttributedQuotation[] {
  const sentences = readSentences(paragraphs, quotations, names);
  const results: AttributedQuotation[] = [];
  for (const quotation of quotations) {
    const first = quotation.parts[0] as QuotePart;
    const last = quotation.parts.at(-1) as QuotePart;
    const opening = sentenceOf(sentences, first.paragraph, first.start);
    const closing = sentenceOf(sentences, last.paragraph, last.end - 1);
    const act = chooseAct(closing, last) ?? (opening === closing ? null : chooseAct(opening, first)) ?? (isBare(opening) ? introducing(sentences, opening, first) : null);
    const found = { quotation, sentence: { paragraph: opening.paragraph, span: opening.span }, continuations: [] };
    const previous = sentences[opening.index - 1];
    const carried = !act && previous && isBare(opening) ? attributedIn(results, previous) : undefined;
    if (act) results.push({ ...found, act, how: how(act) });
    else if (carried && previous?.paragraph === opening.paragraph) carried.continuations.push(quotation);
    else results.push({ ...found, act: carried?.act ?? null, how: carried ? 'continued' : null });
  }
  return results;
}
