/**
 * The drafter and the scorer agree: every form a drafted date question
 * accepts is scored right, and the relative words it resolves are not.
 */
import { describe, expect, it } from 'vitest';

import { type Article } from '@/lib/content';
import { draftQuestionSet } from '@/lib/drafting';
import { disagreeingDateForms, matchesDateAnswer } from '@/lib/scoring';

import { paragraphsOf, readSeedArticle } from './support';

function article(published: string, markdown: string): Article {
  return { id: 'statement', meta: { title: 'A statement', author: 'A. Writer', publication: 'Agency', published, corrections: [] }, paragraphs: paragraphsOf(markdown), wordCount: 0 };
}

const dateQuestions = (a: Article) => draftQuestionSet(a).set.questions.flatMap((q) => (q.kind === 'date' ? [{ accept: [], ...q }] : []));

describe('drafted date questions, scored', () => {
  it('score the answer and every accepted form of the seed’s date questions right', () => {
    const wrong = dateQuestions(readSeedArticle()).flatMap((q) => [q.answer, ...q.accept].filter((typed) => !matchesDateAnswer(typed, q)).map((typed) => `${q.id}: ${typed}`));
    expect(wrong).toEqual([]);
  });

  it('accept no form that content:check would warn names another date', () => {
    expect(dateQuestions(readSeedArticle()).flatMap((q) => disagreeingDateForms(q))).toEqual([]);
  });

  it.each([
    ['2004-09-06', 'NASA Administrator Sean O’Keefe said today that the agency would fly again.', ['Monday, September 6, 2004', 'Monday', 'Mon.', 'September 6', '6 Sept.', 'Sept. 6, 2004'], ['today', 'September 7', 'Sunday', 'September 6, 2003', '9/6', '9/6/2004']],
    ['2023-03-20', 'The court issued its warrant on Friday.', ['Friday', 'Fri', 'March 17', '17 March', 'Friday, March 17, 2023', '3/17'], ['Monday', 'March 24', 'on Friday last week']],
    ['2023-03-20', 'Beijing proposed a peace plan last month.', ['February', 'Feb.', 'February 2023'], ['last month', 'March', 'February 2022']],
  ])('published %s, “%s”: right %j, wrong %j', (published, text, right, wrong) => {
    const [question] = dateQuestions(article(published, text));
    if (!question) throw new Error('no date question drafted');
    expect(right.filter((typed) => !matchesDateAnswer(typed, question))).toEqual([]);
    expect(wrong.filter((typed) => matchesDateAnswer(typed, question))).toEqual([]);
  });
});
