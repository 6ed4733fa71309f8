import { findNamePhrases, genderOf, isTitleWord, type NameIndex } from '@/lib/names';
import type { TextSpan } from '@/lib/text';

import type { Pronoun, Subject } from './find-speech-acts';

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

/** Verbs that carry the last speaker on, whoever was named since: “…,” he added. */
const CARRIES_ON = new Set(['added', 'adds', 'continued', 'concluded', 'went on']);
/** What may stand before a sentence's subject: "But Jones …", "Still, Jones …". */
const SENTENCE_OPENING = /^\s*(?:(?:But|And|Yet|So|Meanwhile|Still|However|Now|Then|Later)\b,?\s*)?$/;

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
export class SpeakerTracker {
  private person: LastSpeaker | null = null;
  private body: LastSpeaker | null = null;
  /** The last person named in the narrative, for "he said" before anyone has spoken. */
  private mentioned: LastSpeaker | null = null;
  private seen: Speaker[] = [];
  /** The person last named with each title, by the title in lowercase: "secretary" → Leon E. Panetta. */
  private titled = new Map<string, LastSpeaker>();
  /** Every person who spoke, the last one last. */
  private speakers: LastSpeaker[] = [];
  /** A person who is the subject of a sentence of narrative since the last speaker: "Jones, a farmer, has lived here 40 years." */
  private introduced: LastSpeaker | null = null;

  constructor(private readonly names: NameIndex) {}

  /**
   * The person "he" or "she" refers to: the last person who spoke, unless
   * someone else has since been the subject of the narrative in the same or
   * the previous paragraph ("“…,” Smith said. Jones has farmed here for 40
   * years. “…,” he said.": Jones) and the verb does not carry the last
   * speaker on ("he added"), or the last speaker's given name says
   * otherwise; then the person last named in the same or the previous
   * paragraph, then an earlier speaker, who fits. A given name compromise
   * does not know fits either pronoun.
   */
  private personFor(pronoun: Pronoun, sentence: SentenceRef, verb: string): LastSpeaker | null {
    const wanted = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
    const fits = (s: LastSpeaker | null): s is LastSpeaker => s !== null && (wanted === null || (genderOf(s.speaker.name) ?? wanted) === wanted);
    const recent = (s: LastSpeaker | null) => (s && s.sentence.paragraph >= sentence.paragraph - 1 ? s : null);
    const mentioned = recent(this.mentioned);
    const introduced = recent(this.introduced);
    if (fits(introduced) && !CARRIES_ON.has(verb) && introduced.speaker.name !== this.person?.speaker.name) return introduced;
    if (!this.person) return fits(mentioned) ? mentioned : null;
    if (fits(this.person)) return this.person;
    if (fits(mentioned)) return mentioned;
    return [...this.speakers].reverse().find(fits) ?? null;
  }

  resolve(subject: Subject, sentence: SentenceRef, verb: string): { speaker: Speaker; antecedent?: SentenceRef } | null {
    if (subject.kind === 'role') {
      const titled = this.titled.get(subject.role);
      if (!titled) return null;
      const last = { speaker: titled.speaker, sentence };
      this.person = last;
      this.introduced = null;
      this.speakers.push(last);
      return { speaker: titled.speaker, antecedent: titled.sentence };
    }
    if (subject.kind === 'pronoun') {
      const person = this.personFor(subject.pronoun, sentence, verb);
      const last = subject.pronoun === 'it' ? this.body : subject.pronoun === 'they' ? (this.body ?? person) : person;
      return last ? { speaker: last.speaker, antecedent: last.sentence } : null;
    }
    const speaker = subject.kind === 'name' ? this.named(subject) : this.bodyNamed(subject.text, subject.named);
    if (!speaker) return null;
    const last = { speaker, sentence };
    if (speaker.person) {
      this.person = last;
      this.introduced = null;
      this.speakers.push(last);
    } else this.body = last;
    if (!this.seen.some((s) => s.name === speaker.name)) this.seen.push(speaker);
    return { speaker };
  }

  /** Notes the people named in a sentence's own words (quotations masked): with a title, last, and as the subject of a sentence without a speech act. */
  observe(masked: string, sentence: SentenceRef, spoke: boolean): void {
    // The paragraph's phrases that start in the sentence, whole though the sentence were cut inside one.
    const phrases = findNamePhrases(masked).filter((p) => p.start >= sentence.span.start && p.start < sentence.span.end);
    const subject = phrases[0];
    if (!spoke && subject && !subject.possessive && SENTENCE_OPENING.test(masked.slice(sentence.span.start, subject.start))) {
      const full = this.names.fullName(subject.name.text);
      if (/\s/.test(full) && this.names.isPerson(full)) this.introduced = { speaker: { name: full, person: true }, sentence };
    }
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
