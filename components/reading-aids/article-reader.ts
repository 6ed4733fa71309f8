import { sentenceAt } from '@/lib/reading-aids';
import { clearHighlight, highlight, paragraphTexts, rangeOver, sentenceSpansIn } from '@/components/article/article-dom';

import { silence, speak, utteranceOf, type Reader } from './speech';

export type ReadingStatus = 'idle' | 'playing' | 'paused';

const HIGHLIGHT = 'read-aloud';

/**
 * Reads the article aloud, one paragraph to an utterance, highlighting the
 * sentence being read as the voice reports word boundaries. Pausing stops the
 * voice and keeps the place; resuming (or a new speed) starts again from the
 * beginning of that sentence, which works alike in every browser (some cannot
 * resume a paused voice).
 */
export class ArticleReader implements Reader {
  private status: ReadingStatus = 'idle';
  private place = { paragraph: 0, offset: 0 };
  private current: SpeechSynthesisUtterance | null = null;

  constructor(
    private readonly onStatus: (status: ReadingStatus) => void,
    private rate = 1,
  ) {}

  play() {
    if (this.status !== 'playing') this.speakFrom(this.place.paragraph, this.place.offset);
  }

  pause() {
    if (this.status !== 'playing') return;
    this.current = null;
    silence(this);
    this.setStatus('paused');
  }

  stop() {
    this.current = null;
    silence(this);
    clearHighlight(HIGHLIGHT);
    this.place = { paragraph: 0, offset: 0 };
    this.setStatus('idle');
  }

  /** A new speed: the sentence being read starts again at it. */
  setRate(rate: number) {
    if (rate === this.rate) return;
    this.rate = rate;
    if (this.status === 'playing') this.speakFrom(this.place.paragraph, this.place.offset);
  }

  /** Something else is being read aloud now: keep the place, as a pause does. */
  interrupted() {
    this.current = null;
    if (this.status === 'playing') this.setStatus('paused');
  }

  private setStatus(status: ReadingStatus) {
    this.status = status;
    this.onStatus(status);
  }

  private speakFrom(paragraph: number, offset: number) {
    const texts = paragraphTexts();
    const element = texts[paragraph];
    if (!element) {
      this.stop();
      return;
    }
    const text = element.textContent ?? '';
    const sentences = sentenceSpansIn(element);
    const from = sentenceAt(sentences, offset)?.start ?? 0;
    if (text.slice(from).trim() === '') {
      this.speakFrom(paragraph + 1, 0);
      return;
    }
    const utterance = utteranceOf(text.slice(from), this.rate);
    const reach = (at: number) => {
      this.place = { paragraph, offset: at };
      const sentence = sentenceAt(sentences, at);
      if (sentence) highlight(HIGHLIGHT, rangeOver(element, sentence.start, sentence.end));
    };
    utterance.onboundary = (event) => {
      if (utterance === this.current) reach(from + event.charIndex);
    };
    utterance.onend = () => {
      if (utterance === this.current) this.speakFrom(paragraph + 1, 0);
    };
    utterance.onerror = (event) => {
      if (utterance === this.current && event.error !== 'interrupted' && event.error !== 'canceled') this.stop();
    };
    this.current = utterance;
    reach(from);
    element.closest('[data-paragraph]')?.scrollIntoView({ block: 'nearest' });
    this.setStatus('playing');
    speak(this, utterance);
  }
}
