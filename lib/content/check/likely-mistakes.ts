import { eng } from 'stopword';

import { normaliseAnswer } from '@/lib/scoring/normalise-answer';
import { findQuote } from '@/lib/text/find-quote';
import type { Article } from '../article';
import type { Question } from '../schema';

import { describePath } from './explain-issue';
import type { PlacedMessage } from './quote-problems';
import type { Path } from './yaml-source';

const STOPWORDS = new Set([...eng, 'article', 'says', 'said']);
const stem = (word: string) => word.replace(/(?:'s|s)$/, '');

function keyWords(text: string): string[] {
  return [...new Set(normaliseAnswer(text).split(' '))].filter((w) => w.length > 2 && !STOPWORDS.has(w)).map(stem);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The first sentence of the article that holds every key word of a claim. */
function sentenceWithAll(article: Article, words: readonly string[]): { paragraph: number; sentence: string } | null {
  if (words.length === 0) return null;
  for (const paragraph of article.paragraphs) {
    for (const { segment } of segmenter.segment(paragraph.text)) {
      const present = new Set(normaliseAnswer(segment).split(' ').map(stem));
      if (words.every((w) => present.has(w))) return { paragraph: paragraph.number, sentence: segment.trim() };
    }
  }
  return null;
}

/** Warnings, not errors: things that are allowed but are often a teacher's slip. */
export function likelyMistakes(question: Question, at: Path, article: Article): PlacedMessage[] {
  const warnings: PlacedMessage[] = [];
  if (question.evidence.length === 0) {
    warnings.push({ path: at, message: `${describePath(at)}: the question "${question.id}" has no evidence; quote the passage of the article that proves the answer` });
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
      const paragraph = article.paragraphs.find((p) => findQuote(p.text, option));
      if (paragraph) {
        warnings.push({
          path: [...at, 'options', i],
          message: `${describePath([...at, 'options', i])}: the wrong option "${option}" is stated word for word in the article (paragraph ${paragraph.number}); students may choose it for that reason`,
        });
      }
    });
  }
  return warnings;
}
