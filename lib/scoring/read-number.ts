/**
 * Reading the number a student typed as a person means it: digits or words,
 * with thousands separators, a decimal point or comma, a sign, a scale word
 * ("1.2 million") and any units or other words around it, which are dropped.
 * The rules are written out for teachers in docs/scoring.md ("Numbers").
 */
import { foldTypography } from '@/lib/text';

/** "none" answers "how many?" as well as "zero" does; "no" is left out: "no idea" is not 0. */
const ONES: Record<string, number> = {
  zero: 0, none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };
/** Straight after an amount of money, "k", "m" and "bn" are scales ("$2m"); anywhere else "m" is a metre and ignored as a unit. */
const MONEY_SCALES: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9 };
const NEGATIVE = new Set(['minus', 'negative']);
const CURRENCY = /^[$£€¥₹]$/;

type Token = { kind: 'digits' | 'word'; text: string } | { kind: 'sign' | 'currency' };

/**
 * Digits with their separators: "1,200", "1 200", "1.234,5", "3,5", ".5". A
 * space separates groups only before exactly three digits, so "12 14" stays two numbers.
 */
const DIGITS = /\d+(?:(?:[.,]|\s(?=\d{3}(?!\d)))\d+)*|[.,]\d+/y;
const WORD = /\p{L}+/uy;

/** Digits, words, minus signs and currency signs; every other character (punctuation, "%") only separates them. */
function tokenise(typed: string): Token[] {
  // NFKC turns full-width digits and letters into plain ones.
  const text = foldTypography(typed.normalize('NFKC')).toLowerCase();
  const tokens: Token[] = [];
  for (let at = 0; at < text.length; ) {
    DIGITS.lastIndex = at;
    const digits = DIGITS.exec(text);
    if (digits) {
      tokens.push({ kind: 'digits', text: digits[0] });
      at += digits[0].length;
      continue;
    }
    WORD.lastIndex = at;
    const letters = WORD.exec(text);
    const char = text[at] as string;
    if (letters) tokens.push({ kind: 'word', text: letters[0] });
    // A hyphen is a minus sign before a number, unless it joins it to a word or number before ("3-5", "covid-19").
    else if (char === '-' && /^[$£€¥₹]?\.?\d/.test(text.slice(at + 1)) && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) tokens.push({ kind: 'sign' });
    else if (CURRENCY.test(char)) tokens.push({ kind: 'currency' });
    at += letters ? letters[0].length : 1;
  }
  return tokens;
}

/** Whether every group after the first holds exactly three digits, and the first one to three (and not a lone 0). */
const grouped = (groups: readonly string[]) => groups.length > 1 && /^(?:[1-9]\d{0,2})$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));

/**
 * The value of digits as written: where both a point and a comma appear, the
 * last one is the decimal mark; a mark used twice or more groups thousands;
 * a single comma before exactly three digits groups thousands ("1,200"), any
 * other single comma is a decimal comma ("3,5"); a single point is a decimal
 * point. Null when the groups do not fit the reading ("1,2,3").
 */
export function readDigits(written: string): number | null {
  const text = written.replace(/\s/g, ' ');
  const marks = [...text.matchAll(/[.,]/g)].map((m) => m[0]);
  const last = marks.at(-1);
  let decimal: string | null = null;
  if (new Set(marks).size === 2) decimal = last ?? null;
  else if (last === '.' && marks.length === 1) decimal = '.';
  else if (last === ',' && marks.length === 1 && !grouped(text.split(','))) decimal = ',';
  const [whole = '', fraction] = decimal === null ? [text] : [text.slice(0, text.lastIndexOf(decimal)), text.slice(text.lastIndexOf(decimal) + 1)];
  const groups = whole.split(/[., ]/);
  if (groups.length > 1 && !grouped(groups)) return null;
  const value = Number(`${groups.join('') || '0'}${fraction === undefined ? '' : `.${fraction}`}`);
  return Number.isFinite(value) ? value : null;
}

/**
 * A number written in words: "fourteen", "twenty-one", "a hundred and five",
 * "two thousand and twenty-two", "three million". Null when the words do not
 * make one number ("fourteen fifteen").
 */
export function readNumberWords(words: readonly string[]): number | null {
  let total = 0;
  let group = 0;
  /** What the current group may take next: a ones word only after a tens word or a "hundred". */
  let last: 'none' | 'ones' | 'tens' | 'hundred' = 'none';
  let any = false;
  for (const [i, word] of words.entries()) {
    if (word === 'and' && any) continue;
    if (word === 'a' && i === 0 && ['hundred', ...Object.keys(SCALES)].includes(words[1] ?? '')) {
      group = 1;
      last = 'ones';
    } else if (word in ONES || word in TENS) {
      const value = ONES[word] ?? TENS[word] ?? 0;
      const fits = last === 'none' || last === 'hundred' || (last === 'tens' && value < 10 && word in ONES);
      if (!fits) return null;
      group += value;
      last = word in TENS ? 'tens' : 'ones';
    } else if (word === 'hundred') {
      if (last === 'hundred' || group >= 100) return null;
      group = (group || 1) * 100;
      last = 'hundred';
    } else if (word in SCALES) {
      total += (group || 1) * (SCALES[word] ?? 1);
      group = 0;
      last = 'none';
    } else return null;
    any = true;
  }
  return any ? total + group : null;
}

const isNumberWord = (word: string) => word in ONES || word in TENS || word === 'hundred' || word in SCALES || word === 'and' || word === 'a';

/** One number found in the tokens: where it starts and ends, and its value. */
interface Found {
  value: number;
  end: number;
}

/** Digits at `at`, with a scale word or a money scale after them. */
function digitsAt(tokens: readonly Token[], at: number, money: boolean): Found | null {
  const token = tokens[at];
  if (token?.kind !== 'digits') return null;
  const value = readDigits(token.text);
  if (value === null) return null;
  const next = tokens[at + 1];
  const scale = next?.kind === 'word' ? (SCALES[next.text] ?? (money ? MONEY_SCALES[next.text] : undefined)) : undefined;
  return scale === undefined ? { value, end: at + 1 } : { value: value * scale, end: at + 2 };
}

/** The longest run of number words at `at` that makes a number ("a" and "and" only inside one). */
function wordsAt(tokens: readonly Token[], at: number): Found | null {
  const words: string[] = [];
  for (let i = at; ; i++) {
    const token = tokens[i];
    if (token?.kind !== 'word' || !isNumberWord(token.text)) break;
    words.push(token.text);
  }
  for (let end = at + words.length; end > at; end--) {
    const run = words.slice(0, end - at);
    if (run.at(-1) === 'and' || run.at(-1) === 'a') continue;
    const value = readNumberWords(run);
    if (value !== null) return { value, end };
  }
  return null;
}

/**
 * The one number a typed answer states, or null when it states none or more
 * than one ("12 or 14" hedges, and earns nothing). Everything that is not
 * part of the number (units, "about", "agreements", "%", "$") is dropped.
 */
export function readTypedNumber(typed: string): number | null {
  const tokens = tokenise(typed);
  const found: number[] = [];
  let at = 0;
  while (at < tokens.length) {
    const token = tokens[at] as Token;
    const negative = token.kind === 'sign' || (token.kind === 'word' && NEGATIVE.has(token.text));
    let start = negative ? at + 1 : at;
    if (tokens[start]?.kind === 'currency') start++;
    const money = tokens[start - 1]?.kind === 'currency';
    const number = digitsAt(tokens, start, money) ?? wordsAt(tokens, start);
    if (number) {
      found.push(negative ? -number.value : number.value);
      at = number.end;
    } else if (token.kind === 'digits') {
      // Digits that make no number ("1,2,3") are not skipped like a word.
      return null;
    } else at++;
  }
  return found.length === 1 ? (found[0] as number) : null;
}

/** Whether a typed answer states a number from `min` to `max`, with room for rounding in the last decimal place. */
export function numberWithin(typed: string, min: number, max: number): boolean {
  const value = readTypedNumber(typed);
  const slack = 1e-9 * Math.max(1, Math.abs(min), Math.abs(max));
  return value !== null && value >= min - slack && value <= max + slack;
}
