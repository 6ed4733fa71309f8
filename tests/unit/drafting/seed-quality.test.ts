/**
 * Measures the drafter on the seed article against the ground truth written
 * in docs/drafting.md, and checks that the figures the page states are the
 * ones measured, so the page cannot drift from the code.
 */
import fs from 'node:fs';
import path from 'node:path';

import nlp from 'compromise';
import { describe, expect, it } from 'vitest';

import { locateQuote, type QuoteLocation } from '@/lib/content';
import { draftQuestionSet } from '@/lib/drafting';

import { readSeedArticle, ROOT } from './support';

const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'drafting.md'), 'utf8');
const seed = readSeedArticle();
const draft = draftQuestionSet(seed);

/** The body rows of the Markdown table that follows a heading, as arrays of cells. */
function tableAfter(heading: string): string[][] {
  const lines = DOC.slice(DOC.indexOf(heading)).split('\n').slice(1);
  const start = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
  }
  return rows;
}

/** The numbers in the first sentence of the page that matches a pattern. */
function stated(pattern: RegExp): number[] {
  const match = pattern.exec(DOC);
  if (!match) throw new Error(`docs/drafting.md does not state ${pattern}`);
  return match.slice(1).map(Number);
}

function locate(quote: string): QuoteLocation {
  const at = locateQuote(seed.paragraphs, quote);
  if (!at) throw new Error(`not in the seed article: "${quote}"`);
  return at;
}

const overlaps = (a: QuoteLocation, b: QuoteLocation) => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;

describe('the drafter on the seed article, against docs/drafting.md', () => {
  const truth = tableAfter('### Ground truth: attributed quotations').map(([, paragraph, quote, speaker]) => ({ paragraph: Number(paragraph), quote: quote ?? '', speaker: speaker ?? '' }));
  const drafted = draft.set.questions.flatMap((q) => (q.kind === 'who-said' ? [{ at: locate(q.quote), answer: q.answer }] : []));

  it('has a ground truth whose every quotation stands in the paragraph it names', () => {
    expect(truth.length).toBeGreaterThan(0);
    for (const row of truth) expect(locate(row.quote).paragraph).toBe(row.paragraph);
  });

  it('states the who-said figures it measures', () => {
    const matched = truth.map((row) => drafted.find((d) => overlaps(d.at, locate(row.quote))));
    const right = truth.filter((row, i) => matched[i]?.answer === row.speaker).length;
    const wrong = truth.filter((row, i) => matched[i] && matched[i]?.answer !== row.speaker).length;
    const falseQuotes = drafted.filter((d) => !truth.some((row) => overlaps(d.at, locate(row.quote)))).length;
    const figures = stated(/found (\d+) of (\d+) attributed quotations with the right speaker, (\d+) wrong speakers?, (\d+) false quotations?/);
    expect(figures).toEqual([right, truth.length, wrong, falseQuotes]);
  });

  it('states how many who-said questions carry a note to check', () => {
    const whoSaid = draft.set.questions.filter((q) => q.kind === 'who-said');
    const noted = whoSaid.filter((q) => draft.notes[q.id] !== undefined).length;
    expect(stated(/Of the (\d+), (\d+) carry a `# Check:` note/)).toEqual([whoSaid.length, noted]);
  });

  it('states the date figures it measures', () => {
    // Matched by the answer: a relative expression's is what it means on the day of publication.
    const rows = tableAfter('### Ground truth: date expressions').map(([, paragraph, , answer]) => `${paragraph} ${answer}`);
    const asked = draft.set.questions.flatMap((q) => (q.kind === 'date' ? [`${locate(q.evidence[0] ?? '').paragraph} ${q.answer}`] : []));
    const unmatched = [...asked];
    let found = 0;
    for (const row of rows) {
      const i = unmatched.indexOf(row);
      if (i < 0) continue;
      found++;
      unmatched.splice(i, 1);
    }
    expect(stated(/found (\d+) of (\d+) date expressions, (\d+) extra questions?/)).toEqual([found, rows.length, unmatched.length]);
  });

  it('states what compromise’s person tagger finds in the seed article', () => {
    const people = ['Xi Jinping', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'Moritz Rudolf', 'Andrew Small', 'Dmitry Chernyshenko', 'Dmitry Peskov', 'Oleksiy Danilov'];
    const tagged = new Set(seed.paragraphs.flatMap((p) => nlp(p.text).people().out('array') as string[]).map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')));
    const found = people.filter((person) => [...tagged].some((t) => t.endsWith(person.split(' ')[1] as string))).length;
    const notPeople = [...tagged].filter((t) => !people.some((person) => person.split(' ').some((w) => t.split(' ').includes(w)))).length;
    expect(stated(/compromise’s people\(\) finds (\d+) of the (\d+) people named, and (\d+) tags that are not people/)).toEqual([found, people.length, notPeople]);
  });
});
