import type { PublicQuestion } from '@/lib/content';
import { claimVerdicts } from '@/lib/answers';
import { claimLabels } from '@/lib/results';

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
