import type { ResolvedAct } from './attribute-quotations';
import { MASK } from './mask-quotations';
import { toSingleQuotes } from './quote-style';

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
