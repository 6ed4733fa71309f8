import { describe, expect, it } from 'vitest';

import { citedPassage, citedSentenceIds, articleSentences, paragraphSentences } from '@/lib/content';
import { areAdjacent, compareSentenceIds, sentenceElementId, sentenceLabel } from '@/lib/text';

import { loadSeedArticle } from './support/seed';

const article = loadSeedArticle();
const sentences = articleSentences(article.paragraphs);
const text = (id: string) => sentences.find((s) => s.id === id)?.text;

describe('the sentences of the seed article', () => {
  it('are numbered by paragraph and place, 36 in all, every paragraph covered in order', () => {
    expect(sentences).toHaveLength(36);
    expect(sentences.slice(0, 4).map((s) => s.id)).toEqual(['1.1', '2.1', '3.1', '3.2']);
    for (const paragraph of article.paragraphs) {
      const own = paragraphSentences(paragraph);
      expect(own.length).toBeGreaterThan(0);
      expect(own.map((s) => s.text).join(' ')).toBe(paragraph.text.replace(/\s+/g, ' '));
    }
  });

  it('do not break after "U.S." or "U.N." inside a sentence, and end at "U.N." at the end of a paragraph', () => {
    expect(text('5.3')).toBe('Western countries, particularly the U.S., have expressed skepticism of the political settlement China has suggested.');
    expect(text('7.3')).toBe('They’re also usually on the same page when it comes to key strategic issues being discussed within international organizations such as the U.N.');
    expect(text('9.1')).toMatch(/^This overarching threat .* at the U\.S\. for leading what he called a campaign to suppress the country’s rise\.$/);
  });

  it('keep a closing quotation mark with its sentence and an attribution with its quotation', () => {
    expect(text('4.2')).toBe('“I would not put too high hopes for a deal to come up from the trip,” Moritz Rudolf, a fellow at Yale Law School’s Paul Tsai China Center, told VICE World News.');
    expect(text('14.2')).toMatch(/“avoid politicization and double standards\.”$/);
    expect(text('15.3')).toMatch(/^“Exhaustive explanations will be given by President Putin, so that \[Chinese\] President Xi Jinping/);
  });

  it('are the same on every call', () => {
    expect(articleSentences(article.paragraphs)).toEqual(sentences);
    expect(paragraphSentences(article.paragraphs[0]!)).toEqual(paragraphSentences(article.paragraphs[0]!));
  });
});

describe('citedPassage', () => {
  it.each<[string, string, string, string[]]>([
    ['a whole sentence', 'Bilateral trade rose to a record figure in 2022 and surged in double-digits earlier this year.', 'whole', ['10.3']],
    ['a whole sentence without its full stop', 'Bilateral trade rose to a record figure in 2022 and surged in double-digits earlier this year', 'whole', ['10.3']],
    ['a whole sentence with straight quotes for curly ones', '"I would not put too high hopes for a deal to come up from the trip," Moritz Rudolf, a fellow at Yale Law School\'s Paul Tsai China Center, told VICE World News.', 'whole', ['4.2']],
    ['a quoted sentence without its quotation marks', 'Xi gets from this a lot of international prestige–a key goal for the People’s Republic of China—and an opportunity to emerge as a global political heavyweight,” Rudolf said.', 'whole', ['19.1']],
    ['two whole sentences', 'Zelenskyy, who has repeatedly sought direct talks with Xi to no avail, also welcomed the dialogue. But Ukraine is eyeing the events with caution.', 'whole', ['16.1', '16.2']],
    ['part of a sentence', 'Bilateral trade rose to a record figure in 2022', 'partial', ['10.3']],
    ['the end of one sentence and the start of the next', 'welcomed the dialogue. But Ukraine', 'partial', ['16.1', '16.2']],
  ])('%s', (_name, quote, fit, ids) => {
    const passage = citedPassage(article.paragraphs, quote);
    expect(passage.fit).toBe(fit);
    expect(passage.fit === 'missing' ? [] : passage.sentences.map((s) => s.id)).toEqual(ids);
  });

  it('finds nothing for a passage the article does not have', () => {
    expect(citedPassage(article.paragraphs, 'Xi flew to Paris.')).toEqual({ fit: 'missing' });
  });

  it('gives the ids of whole sentences only, in reading order, each once', () => {
    expect(
      citedSentenceIds(article.paragraphs, [
        'But Ukraine is eyeing the events with caution.',
        'More importantly, the two countries are united by a common enemy.',
        'Bilateral trade rose to a record figure',
        'But Ukraine is eyeing the events with caution',
      ]),
    ).toEqual(['8.1', '16.2']);
  });
});

describe('sentence ids', () => {
  it.each([
    ['3.2', '3.1', true],
    ['3.2', '3.3', true],
    ['3.2', '3.4', false],
    ['3.2', '4.1', false],
    ['3.1', '2.9', false],
  ])('%s and %s are adjacent: %s', (a, b, adjacent) => {
    expect(areAdjacent(a, b)).toBe(adjacent);
  });

  it('order by paragraph, then sentence, as numbers', () => {
    expect(['10.1', '2.10', '2.9', '1.1'].sort(compareSentenceIds)).toEqual(['1.1', '2.9', '2.10', '10.1']);
  });

  it('name an element and read as words', () => {
    expect(sentenceElementId('10.4')).toBe('s-10-4');
    expect(sentenceLabel('10.4')).toBe('paragraph 10, sentence 4');
  });
});
