/**
 * Measures the teacher tools on the corpus, text by text: what `content:new`
 * reads from the paste (title, byline, date, paragraphs) and which who-said
 * questions `content:draft` makes of the article file it writes. Pure: texts
 * and truth in, figures out.
 *
 * A drafted who-said question matches a ground-truth quotation when both lie
 * in the same paragraph of the article `content:new` wrote and overlap; so a
 * paragraph split wrongly can cost quotations, as it would for a teacher.
 */
import { draftNewContent } from '@/lib/authoring';
import { parseArticle } from '@/lib/check';
import { locateQuote, type Paragraph, type QuoteLocation } from '@/lib/content';
import { draftQuestionSet } from '@/lib/drafting';

import { type CorpusText } from './corpus-texts';

export interface TextResult {
  slug: string;
  title: boolean;
  byline: boolean;
  date: boolean;
  paragraphs: boolean;
  /** What content:new read, shown where it differs from the truth. */
  found: { title: string; byline: string | null; published: string | null; paragraphs: number };
  quotations: number;
  right: number;
  wrongSpeakers: string[];
  missed: string[];
  falseQuotations: string[];
  /** Who-said questions on a short attributed fragment: neither counted nor false. */
  fragmentsAsked: number;
  /** Why the article could not be drafted, if it could not. */
  error?: string;
}

export interface SplitFigures {
  texts: number;
  title: number;
  byline: number;
  date: number;
  paragraphs: number;
  right: number;
  quotations: number;
  wrongSpeakers: number;
  falseQuotations: number;
}

/** Curly quotes and apostrophes as straight ones, runs of spaces as one, ends trimmed. */
export function fold(s: string): string {
  return s
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const same = (a: string | null | undefined, b: string | null) => (a == null || a.trim() === '' ? b === null : b !== null && fold(a) === fold(b));

/**
 * content:new leaves fields it could not read as "" for the teacher to fill
 * in, and the checker refuses an article until they do; the harness fills
 * them as the teacher would before running content:draft.
 */
function filledIn(articleText: string): string {
  const placeholders: Record<string, string> = { author: 'Unknown', publication: 'Corpus', published: '2000-01-01' };
  return articleText.replace(/^(author|publication|published): ""$/gm, (_, key: string) => `${key}: "${placeholders[key]}"`);
}

const overlaps = (a: QuoteLocation, b: QuoteLocation) => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;

interface Drafted {
  quote: string;
  answer: string;
  at: QuoteLocation | null;
}

function draftWhoSaid(slug: string, articleText: string): { paragraphs: readonly Paragraph[]; drafted: Drafted[] } {
  const article = parseArticle(slug, `${slug}.md`, filledIn(articleText));
  const questions = draftQuestionSet(article).set.questions;
  const drafted = questions.flatMap((q) => (q.kind === 'who-said' ? [{ quote: q.quote, answer: q.answer, at: locateQuote(article.paragraphs, q.quote) }] : []));
  return { paragraphs: article.paragraphs, drafted };
}

export function measureText({ slug, text, truth }: CorpusText): TextResult {
  const { found, articleText } = draftNewContent(text);
  const result: TextResult = {
    slug,
    title: same(found.title, truth.title),
    byline: same(found.author, truth.byline),
    date: (found.published ?? null) === truth.published,
    paragraphs: found.paragraphs.length === truth.paragraphs,
    found: { title: found.title, byline: found.author ?? null, published: found.published ?? null, paragraphs: found.paragraphs.length },
    quotations: truth.quotations.length,
    right: 0,
    wrongSpeakers: [],
    missed: [],
    falseQuotations: [],
    fragmentsAsked: 0,
  };
  let draft: ReturnType<typeof draftWhoSaid>;
  try {
    draft = draftWhoSaid(slug, articleText);
  } catch (error) {
    result.missed = truth.quotations.map((q) => q.quote);
    return { ...result, error: String(error) };
  }
  const locate = (quote: string) => locateQuote(draft.paragraphs, quote);
  const matches = (d: Drafted, quote: string) => {
    const at = locate(quote);
    return d.at !== null && at !== null && overlaps(d.at, at);
  };
  for (const q of truth.quotations) {
    const asked = draft.drafted.find((d) => matches(d, q.quote));
    if (!asked) result.missed.push(q.quote);
    else if ([q.speaker, ...q.accept].some((name) => fold(name) === fold(asked.answer))) result.right++;
    else result.wrongSpeakers.push(`"${q.quote}": ${asked.answer} (truth: ${q.speaker})`);
  }
  for (const d of draft.drafted) {
    if (truth.quotations.some((q) => matches(d, q.quote))) continue;
    if (truth.fragments.some((f) => matches(d, f.quote))) result.fragmentsAsked++;
    else result.falseQuotations.push(`"${d.quote}": ${d.answer}`);
  }
  return result;
}

export function splitFigures(results: readonly TextResult[]): SplitFigures {
  const count = (key: 'title' | 'byline' | 'date' | 'paragraphs') => results.filter((r) => r[key]).length;
  const sum = (f: (r: TextResult) => number) => results.reduce((n, r) => n + f(r), 0);
  return {
    texts: results.length,
    title: count('title'),
    byline: count('byline'),
    date: count('date'),
    paragraphs: count('paragraphs'),
    right: sum((r) => r.right),
    quotations: sum((r) => r.quotations),
    wrongSpeakers: sum((r) => r.wrongSpeakers.length),
    falseQuotations: sum((r) => r.falseQuotations.length),
  };
}

const share = (n: number, of: number) => `${n} of ${of} (${of === 0 ? 0 : Math.round((100 * n) / of)} %)`;

/** The cells of the split's row in docs/drafting.md, in the table's column order. */
export function figureCells(f: SplitFigures): string[] {
  return [String(f.texts), share(f.title, f.texts), share(f.byline, f.texts), share(f.date, f.texts), share(f.paragraphs, f.texts), share(f.right, f.quotations), String(f.wrongSpeakers), String(f.falseQuotations)];
}

/** One row a text for console.table: ✓ where right, what was read where wrong. */
export function reportRows(results: readonly TextResult[]): Record<string, string | number>[] {
  const shown = (ok: boolean, value: string | number | null) => (ok ? '✓' : `✗ ${value ?? 'none'}`);
  return results.map((r) => ({
    text: r.slug,
    title: shown(r.title, r.found.title.slice(0, 40)),
    byline: shown(r.byline, r.found.byline),
    date: shown(r.date, r.found.published),
    paragraphs: shown(r.paragraphs, r.found.paragraphs),
    quotations: `${r.right}/${r.quotations}`,
    wrong: r.wrongSpeakers.length,
    missed: r.missed.length,
    false: r.falseQuotations.length,
    ...(r.error ? { error: r.error.slice(0, 80) } : {}),
  }));
}
