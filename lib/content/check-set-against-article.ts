import type { ContentIssue } from './content-error';
import { locateQuote } from './locate-quote';
import type { Article } from './parse-article';
import type { QuestionSetFile } from './schema';

function quotesOf(question: QuestionSetFile['questions'][number]): { path: string; quote: string; what: string }[] {
  const evidence = question.evidence.map((quote, i) => ({ path: `evidence.${i}`, quote, what: 'evidence' }));
  if (question.kind === 'who-said') return [...evidence, { path: 'quote', quote: question.quote, what: 'quote' }];
  if (question.kind === 'match-speakers') {
    return [...evidence, ...question.pairs.map((pair, i) => ({ path: `pairs.${i}.quote`, quote: pair.quote, what: 'quote' }))];
  }
  return evidence;
}

/** Every evidence passage and every quotation of a set must stand word for word in its article. */
export function checkSetAgainstArticle(set: QuestionSetFile, article: Article): ContentIssue[] {
  return set.questions.flatMap((question, q) =>
    quotesOf(question)
      .filter(({ quote }) => locateQuote(article.paragraphs, quote) === null)
      .map(({ path, quote, what }) => ({
        path: `questions.${q}.${path}`,
        message: `this ${what} is not in the article "${article.id}": "${quote}"`,
      })),
  );
}
