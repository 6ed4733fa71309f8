// @ts-check
/**
 * Writes a generated library into `<dir>/content/`: one article and one
 * question set per set, so every set page renders an article of its own (the
 * heaviest realistic shape: a set per article, as teachers mostly write them).
 * Articles are 800–1,000 words of invented local news with named, quoted
 * people and dated events; sets mix every kind of question, with evidence
 * copied word for word from their article. The same seed always writes the
 * same bytes, and article n is the same in a library of 10 or of 1,000.
 * Never point it at the repository: pass a temporary folder.
 */
import fs from 'node:fs';
import path from 'node:path';

import { articleFile } from './generate/article-file.mjs';
import { buildArticle } from './generate/article-model.mjs';
import { buildQuestionSet, questionSetFile } from './generate/question-set.mjs';

/**
 * @param {string} dir  the folder to hold `content/`
 * @param {{ sets: number, questionsPerSet?: number, seed?: number }} options
 * @returns {{ articles: number, sets: number, questions: number, ids: string[] }}
 */
export function generateLibrary(dir, { sets, questionsPerSet = 20, seed = 1 }) {
  const articles = path.join(dir, 'content', 'articles');
  const setsDir = path.join(dir, 'content', 'sets');
  fs.mkdirSync(articles, { recursive: true });
  fs.mkdirSync(setsDir, { recursive: true });
  const ids = [];
  for (let index = 0; index < sets; index++) {
    const article = buildArticle(seed, index);
    fs.writeFileSync(path.join(articles, `${article.id}.md`), articleFile(article));
    fs.writeFileSync(path.join(setsDir, `${article.id}.yaml`), questionSetFile(buildQuestionSet(article, { seed, index, questions: questionsPerSet })));
    ids.push(article.id);
  }
  return { articles: sets, sets, questions: sets * questionsPerSet, ids };
}
