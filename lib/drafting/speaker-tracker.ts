import type { Subject } from './find-speech-acts';
import { findNameChains, withoutTitles } from './name-chains';
import type { NameIndex } from './name-index';
import type { TextSpan } from './text-span';

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
export class SpeakerTracker {
  private person: LastSpeaker | null = null;
  private body: LastSpeaker | null = null;
  /** The last person named in the narrative, for "he said" before anyone has spoken. */
  private mentioned: LastSpeaker | null = null;
  private seen: Speaker[] = [];

  constructor(private readonly names: NameIndex) {}

  resolve(subject: Subject, sentence: SentenceRef): { speaker: Speaker; antecedent?: SentenceRef } | null {
    if (subject.kind === 'pronoun') {
      const person = this.person ?? (this.mentioned && this.mentioned.sentence.paragraph >= sentence.paragraph - 1 ? this.mentioned : null);
      const last = subject.pronoun === 'it' ? this.body : subject.pronoun === 'they' ? (this.body ?? person) : person;
      return last ? { speaker: last.speaker, antecedent: last.sentence } : null;
    }
    const speaker = subject.kind === 'name' ? this.named(subject) : this.bodyNamed(subject.text, subject.named);
    if (!speaker) return null;
    const last = { speaker, sentence };
    if (speaker.person) this.person = last;
    else this.body = last;
    if (!this.seen.some((s) => s.name === speaker.name)) this.seen.push(speaker);
    return { speaker };
  }

  /** Notes the last person named in a sentence's own words (quotations masked). */
  observe(masked: string, sentence: SentenceRef): void {
    const chains = findNameChains(masked.slice(sentence.span.start, sentence.span.end));
    for (const chain of chains.reverse()) {
      const name = withoutTitles(chain);
      if (!name || (name.words.length === 1 && !this.names.isKnownName(name.text))) continue;
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
    const earlier = [...this.seen].reverse().find((s) => !s.person && s.name.split(/\s+/).at(-1)?.toLowerCase() === head);
    return earlier ?? null;
  }
}
