import { foldTypography } from './fold-typography';

export interface QuoteMatch {
  /** Offset of the first character of the match in the original text. */
  start: number;
  /** Offset just past the last character of the match in the original text. */
  end: number;
}

interface Folded {
  text: string;
  /** For each character of `text`, its offset in the original. */
  origin: number[];
}

/**
 * Folds typography and collapses whitespace, remembering where every folded
 * character came from so a match can be mapped back to the original text.
 */
function foldWithOrigin(text: string): Folded {
  const folded = foldTypography(text);
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] as string;
    if (/\s/.test(ch)) {
      if (out.length === 0 || out.endsWith(' ')) continue;
      out += ' ';
    } else {
      out += ch;
    }
    origin.push(i);
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    origin.pop();
  }
  return { text: out, origin };
}

/** The quote as it will be looked for: folded, whitespace collapsed and trimmed. */
export function normaliseQuote(quote: string): string {
  return foldWithOrigin(quote).text;
}

/**
 * Finds a quotation in a text, ignoring differences of whitespace, curly vs
 * straight quotes and kinds of dash. Returns offsets in the original text.
 */
export function findQuote(text: string, quote: string): QuoteMatch | null {
  const needle = normaliseQuote(quote);
  if (needle.length === 0) return null;
  const hay = foldWithOrigin(text);
  const at = hay.text.indexOf(needle);
  if (at < 0) return null;
  const start = hay.origin[at] as number;
  const end = (hay.origin[at + needle.length - 1] as number) + 1;
  return { start, end };
}
