/** Reading aloud: which voice reads, what reading a question says, and which sentence is being read. */
import type { PublicQuestion } from '@/lib/content';
import { claimVerdicts } from '@/lib/answers';
import { claimLabels } from '@/lib/results';
import type { TextSpan } from '@/lib/text';

/** What choosing a voice needs to know of one (a SpeechSynthesisVoice has these). */
export interface VoiceInfo {
  lang: string;
  default: boolean;
  localService: boolean;
}

/**
 * The voice to read a page in `lang` with: one of that language, the
 * browser's default first, then one on this device (they report word
 * boundaries, which the highlight follows), then any; null leaves the choice
 * to the browser.
 */
export function chooseVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | null {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const fitting = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
  return fitting.find((v) => v.default) ?? fitting.find((v) => v.localService) ?? fitting[0] ?? null;
}

/** Ends a piece of text with a full stop unless it already ends a sentence, so a voice pauses after it. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const list = (heading: string, items: readonly string[]) => [`${heading}:`, ...items.map(sentence)];

/** What reading a question aloud says: its number, the prompt, the quotation or claim, and the choices. */
export function questionSpeech(question: PublicQuestion, number: number): string {
  const parts = [`Question ${number}.`, sentence(question.prompt)];
  switch (question.kind) {
    case 'single-choice':
      parts.push(...list('Choices', question.options));
      break;
    case 'multiple-select':
      parts.push(...list('Choose all that apply', question.options));
      break;
    case 'claim':
      parts.push('The claim:', sentence(question.claim), ...list('Choices', claimVerdicts.map((v) => claimLabels[v])));
      break;
    case 'who-said':
      parts.push('The quotation:', sentence(`“${question.quote}”`), ...list('Speakers', question.speakers));
      break;
    case 'match-speakers':
      parts.push(...question.quotes.map((quote, i) => `Quote ${i + 1}: ${sentence(`“${quote}”`)}`), ...list('Speakers', question.speakers));
      break;
    case 'matching':
      parts.push(...question.items.map((item, i) => `Item ${i + 1}: ${sentence(item)}`), ...list('Matches', question.matches));
      break;
    case 'numeric':
      parts.push(question.unit ? `Type a number, in ${question.unit}.` : 'Type a number.');
      break;
    case 'order':
      parts.push(...list('Events to put in order', question.items));
      break;
    case 'date':
      parts.push(...(question.options ? list('Choices', question.options) : ['Type your answer.']));
      break;
    case 'short-text':
      parts.push('Type your answer.');
      break;
  }
  return parts.join(' ');
}

/**
 * The sentence being read when speech reaches `offset` of the paragraph's
 * text: the one holding it, or else the last to start before it (the spaces
 * between two sentences belong to the one just read); the first sentence
 * before any has started.
 */
export function sentenceAt(sentences: readonly TextSpan[], offset: number): TextSpan | null {
  let found: TextSpan | null = sentences[0] ?? null;
  for (const span of sentences) {
    if (span.start > offset) break;
    found = span;
  }
  return found;
}
