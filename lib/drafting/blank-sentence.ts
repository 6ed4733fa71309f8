import { toSingleQuotes } from './quote-style';
import type { TextSpan } from './text-span';

const SHORT_QUOTE_WORDS = 10;

/**
 * Moves a cut out of a quotation, so a clipped prompt never opens or closes
 * one halfway: a short quotation is kept whole, a long one left out.
 */
function outsideQuotes(sentence: string, offset: number, quotes: readonly TextSpan[], blank: TextSpan, side: 'from' | 'to'): number {
  const inside = quotes.find((q) => offset > q.start && offset < q.end && !(blank.start >= q.start && blank.end <= q.end));
  if (!inside) return offset;
  const short = sentence.slice(inside.start, inside.end).split(/\s+/).length <= SHORT_QUOTE_WORDS;
  return (side === 'from') === short ? inside.start : inside.end;
}

/**
 * A sentence with a blank in place of `blank`; a long sentence is cut to
 * about `wordsEachSide` words either side of it (never inside a quotation), with
 * its double quotation marks made single so it can itself be quoted.
 * `quotes` are the sentence's quotations, marks included, as offsets into it.
 */
export function blankSentence(sentence: string, blank: TextSpan, quotes: readonly TextSpan[] = [], wordsEachSide = 16): string {
  const words = [...sentence.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const whole = words.length <= 2 * wordsEachSide + 4;
  const before = words.filter((w) => w.end <= blank.start);
  const after = words.filter((w) => w.start >= blank.end);
  let from = !whole && before.length > wordsEachSide ? (before[before.length - wordsEachSide] as TextSpan).start : 0;
  let to = !whole && after.length > wordsEachSide ? (after[wordsEachSide - 1] as TextSpan).end : sentence.length;
  from = outsideQuotes(sentence, from, quotes, blank, 'from');
  to = outsideQuotes(sentence, to, quotes, blank, 'to');
  while (from < blank.start && /[\s,;:]/.test(sentence[from] as string)) from++;
  while (to > blank.end && /[\s,;:]/.test(sentence[to - 1] as string)) to--;
  const head = from > 0 ? '…' : '';
  const tail = to < sentence.length ? '…' : '';
  return toSingleQuotes(`${head}${sentence.slice(from, blank.start)}____${sentence.slice(blank.end, to)}${tail}`);
}
