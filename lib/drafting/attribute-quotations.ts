import { findNamePhrases, genderOf, isTitleWord, type NameIndex } from '@/lib/names';
import type { TextSpan } from '@/lib/text';

import { findSpeechActs, isFromNoun, nextSpeechVerb, type Pronoun, type SpeechAct, type Subject, verbSort } from './find-speech-acts';
import { articleSentences, MASK, maskQuotations, partEnd, type Quotation, type QuotePart } from './quotations';

export interface Speaker {
  /** As the article names it in full: "Moritz Rudolf", "Chinese foreign ministry". */
  name: string;
  person: boolean;
}

/** A sentence of the article: its paragraph (index) and its span. */
export interface SentenceRef {
  paragraph: number;
  span: TextSpan;
}

interface LastSpeaker {
  speaker: Speaker;
  sentence: SentenceRef;
}

/**
 * Follows who is speaking as the article is read in order, to resolve each
 * speech act's subject to a speaker: a name to the full name the article
 * uses, "the ministry" to the body last named so, and a pronoun to the last
 * person (he, she) or body (it) that spoke.
 */
class SpeakerTracker {
  private person: LastSpeaker | null = null;
  private body: LastSpeaker | null = null;
  /** The last person named in the narrative, for "he said" before anyone has spoken. */
  private mentioned: LastSpeaker | null = null;
  private seen: Speaker[] = [];
  /** The person last named with each title, by the title in lowercase: "secretary" → Leon E. Panetta. */
  private titled = new Map<string, LastSpeaker>();
  /** Every person who spoke, the last one last. */
  private speakers: LastSpeaker[] = [];

  constructor(private readonly names: NameIndex) {}

  /**
   * The person "he" or "she" refers to: the last person who spoke, unless
   * their given name says otherwise; then the person last named in the same
   * or the previous paragraph, then an earlier speaker, who fits. A given
   * name compromise does not know fits either pronoun.
   */
  private personFor(pronoun: Pronoun, sentence: SentenceRef): LastSpeaker | null {
    const wanted = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
    const fits = (s: LastSpeaker | null): s is LastSpeaker => s !== null && (wanted === null || (genderOf(s.speaker.name) ?? wanted) === wanted);
    const mentioned = this.mentioned && this.mentioned.sentence.paragraph >= sentence.paragraph - 1 ? this.mentioned : null;
    if (!this.person) return fits(mentioned) ? mentioned : null;
    if (fits(this.person)) return this.person;
    if (fits(mentioned)) return mentioned;
    return [...this.speakers].reverse().find(fits) ?? null;
  }

  resolve(subject: Subject, sentence: SentenceRef): { speaker: Speaker; antecedent?: SentenceRef } | null {
    if (subject.kind === 'role') {
      const titled = this.titled.get(subject.role);
      if (!titled) return null;
      const last = { speaker: titled.speaker, sentence };
      this.person = last;
      this.speakers.push(last);
      return { speaker: titled.speaker, antecedent: titled.sentence };
    }
    if (subject.kind === 'pronoun') {
      const person = this.personFor(subject.pronoun, sentence);
      const last = subject.pronoun === 'it' ? this.body : subject.pronoun === 'they' ? (this.body ?? person) : person;
      return last ? { speaker: last.speaker, antecedent: last.sentence } : null;
    }
    const speaker = subject.kind === 'name' ? this.named(subject) : this.bodyNamed(subject.text, subject.named);
    if (!speaker) return null;
    const last = { speaker, sentence };
    if (speaker.person) {
      this.person = last;
      this.speakers.push(last);
    } else this.body = last;
    if (!this.seen.some((s) => s.name === speaker.name)) this.seen.push(speaker);
    return { speaker };
  }

  /** Notes the last person named in a sentence's own words (quotations masked). */
  observe(masked: string, sentence: SentenceRef): void {
    // The paragraph's phrases that start in the sentence, whole though the sentence were cut inside one.
    const phrases = findNamePhrases(masked).filter((p) => p.start >= sentence.span.start && p.start < sentence.span.end);
    for (const phrase of phrases) {
      if (!phrase.titled || phrase.guessed) continue;
      const full = this.names.fullName(phrase.name.text);
      const titles = phrase.text.slice(0, phrase.name.start - phrase.start).split(/\s+/).filter(isTitleWord);
      for (const title of titles) this.titled.set(title.replace(/\.$/, '').toLowerCase(), { speaker: { name: full, person: true }, sentence });
    }
    for (const { name } of phrases.reverse()) {
      if (name.words.length === 1 && !this.names.isKnownName(name.text)) continue;
      const full = this.names.fullName(name.text);
      if (/\s/.test(full) && this.names.isPerson(full)) {
        this.mentioned = { speaker: { name: full, person: true }, sentence };
        return;
      }
    }
  }

  private named(subject: Extract<Subject, { kind: 'name' }>): Speaker | null {
    const oneWord = !/\s/.test(subject.text);
    if (oneWord && subject.sentenceInitial && !this.names.isKnownName(subject.text)) return null;
    const name = this.names.fullName(subject.text);
    return { name, person: !subject.withThe && this.names.isPerson(name) };
  }

  /** "the ministry" names no one by itself: it stands for the body last named with the same last word. */
  private bodyNamed(text: string, named: boolean): Speaker | null {
    if (named) return { name: text, person: false };
    const head = text.split(/\s+/).at(-1)?.toLowerCase();
    return [...this.seen].reverse().find((s) => !s.person && s.name.split(/\s+/).at(-1)?.toLowerCase() === head) ?? null;
  }
}

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
        const resolved = tracker.resolve(act.subject, sentence);
        if (resolved) acts.push({ ...act, sentence, ...resolved });
      }
      tracker.observe(masked, sentence);
      sentences.push({ ...sentence, index: sentences.length, masked, acts });
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
  return [...acts].sort((a, b) => distance(a) - distance(b))[0] ?? null;
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
