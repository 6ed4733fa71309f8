import { eng } from 'stopword';

import { normaliseAnswer } from '@/lib/scoring';
import { foldTypography } from '@/lib/text';
import { type Article, locateQuote, PLACEHOLDER_EXPLANATION, articleSentences, type Question } from '@/lib/content';

import { describePath } from './explain-issue';
import type { PlacedMessage } from './quote-problems';
import type { Path } from './yaml-source';

const STOPWORDS = new Set([...eng, 'article', 'says', 'said']);
const stem = (word: string) => word.replace(/(?:'s|s)$/, '');

function keyWords(text: string): string[] {
  return [...new Set(normaliseAnswer(text).split(' '))].filter((w) => w.length > 2 && !STOPWORDS.has(w)).map(stem);
}

interface Sentence {
  paragraph: number;
  sentence: string;
  words: ReadonlySet<string>;
}

/** The article's sentences with their word stems, worked out once per article. */
const sentencesOf = new WeakMap<Article, Sentence[]>();
function sentences(article: Article): Sentence[] {
  let list = sentencesOf.get(article);
  if (!list) {
    list = articleSentences(article.paragraphs).map(({ paragraph, text }) => ({
      paragraph,
      sentence: text,
      words: new Set(normaliseAnswer(text).split(' ').map(stem)),
    }));
    sentencesOf.set(article, list);
  }
  return list;
}

/**
 * The article's text folded as normaliseAnswer folds it, short of splitting
 * it into words: every word of every sentence is a substring of it, so a
 * claim with a key word that is not is cleared without splitting the
 * article into sentences.
 */
const searchable = new WeakMap<Article, string>();
function searchableText(article: Article): string {
  let text = searchable.get(article);
  if (text === undefined) {
    const joined = article.paragraphs.map((p) => p.text).join('\n');
    searchable.set(article, (text = foldTypography(joined.normalize('NFC')).toLocaleLowerCase('en').replace(/['’]/g, '')));
  }
  return text;
}

/** The first sentence of the article that holds every key word of a claim. */
function sentenceWithAll(article: Article, words: readonly string[]): Sentence | null {
  if (words.length === 0 || !words.every((w) => searchableText(article).includes(w))) return null;
  return sentences(article).find((s) => words.every((w) => s.words.has(w))) ?? null;
}

/** Warnings, not errors: things that are allowed but are often a teacher's slip. */
export function likelyMistakes(question: Question, at: Path, article: Article): PlacedMessage[] {
  const warnings: PlacedMessage[] = [];
  if (question.evidence.length === 0) {
    warnings.push({ path: at, message: `${describePath(at)}: the question "${question.id}" has no evidence; quote the passage of the article that proves the answer` });
  }
  if (question.explanation === PLACEHOLDER_EXPLANATION) {
    warnings.push({
      path: [...at, 'explanation'],
      message: `${describePath([...at, 'explanation'])}: still the placeholder the GIFT import wrote; explain why the answer is right, as students see it after checking`,
    });
  }
  if (question.kind === 'claim' && question.answer === 'not-stated') {
    const found = sentenceWithAll(article, keyWords(question.claim));
    if (found) {
      warnings.push({
        path: [...at, 'answer'],
        message: `${describePath([...at, 'answer'])}: "not-stated", but every key word of the claim is in one sentence (paragraph ${found.paragraph}): "${found.sentence}"; check the answer`,
      });
    }
  }
  if (question.kind === 'single-choice' || question.kind === 'multiple-select') {
    const right = question.kind === 'single-choice' ? [question.answer] : question.answers;
    question.options.forEach((option, i) => {
      if (right.includes(option) || option.split(/\s+/).length < 3) return;
      const found = locateQuote(article.paragraphs, option);
      if (found) {
        warnings.push({
          path: [...at, 'options', i],
          message: `${describePath([...at, 'options', i])}: the wrong option "${option}" is stated word for word in the article (paragraph ${found.paragraph}); students may choose it for that reason`,
        });
      }
    });
  }
  return warnings;
}
