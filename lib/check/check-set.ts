import { eng } from 'stopword';

import { articleSentences, locateQuote, PLACEHOLDER_EXPLANATION, questionSchema, questionSetSchema, SET_SCHEMA_LINE, slugSchema, type Article, type Question, type QuestionSetFile, problem, START, type ContentProblem } from '@/lib/content';
import { disagreeingDateForms, normaliseAnswer } from '@/lib/scoring';

import { positionHabit, positionHabitMessage, writtenList } from './answer-positions';
import { htmlProblems } from './check-article';
import { didYouMean, setKnownKeys } from './explain-issue';
import { matchingMistakes } from './matching-mistakes';
import { placedMessage, quoteProblems, type PlacedMessage } from './quote-problems';
import { speakerNameWarnings } from './speaker-names';
import { keyPositionOf, positionOf, parseYamlSource, validateYaml, type Path, type YamlSource } from './yaml-source';


export interface KnownArticles {
  articles: ReadonlyMap<string, Article>;
  /** Articles whose files exist but have errors of their own. */
  broken: ReadonlySet<string>;
}

function articleProblems(source: YamlSource, raw: unknown, known: KnownArticles): { article?: Article; problems: ContentProblem[] } {
  const name = (raw as { article?: unknown } | null)?.article;
  if (typeof name !== 'string' || !slugSchema.safeParse(name).success) return { problems: [] };
  const article = known.articles.get(name);
  if (article) return { article, problems: [] };
  const at = positionOf(source, ['article']);
  if (known.broken.has(name)) {
    return { problems: [problem(source.file, at, 'error', `article: the article "${name}" has errors of its own; fix content/articles/${name}.md first`)] };
  }
  const hint = didYouMean(name, [...known.articles.keys(), ...known.broken]);
  return { problems: [problem(source.file, at, 'error', `article: there is no article "content/articles/${name}.md"${hint ? `; did you mean "${hint}"?` : ''}`)] };
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const STOPWORDS = new Set([...eng, 'article', 'says', 'said']);
const stem = (word: string) => word.replace(/(?:'s|s)$/, '');

function keyWords(text: string): string[] {
  return [...new Set(normaliseAnswer(text).split(' '))].filter((w) => w.length > 2 && !STOPWORDS.has(w)).map(stem);
}

/** The first sentence of the article, with its paragraph, that holds every key word of a claim. */
function sentenceWithAll(article: Article, words: readonly string[]): { paragraph: number; sentence: string } | null {
  if (words.length === 0) return null;
  for (const { paragraph, text } of articleSentences(article.paragraphs)) {
    const stems = new Set(normaliseAnswer(text).split(' ').map(stem));
    if (words.every((w) => stems.has(w))) return { paragraph, sentence: text };
  }
  return null;
}

/** Warnings, not errors: things that are allowed but are often a teacher's slip. */
function likelyMistakes(question: Question, at: Path, article: Article): PlacedMessage[] {
  const warnings: PlacedMessage[] = [];
  const warn = (path: Path, text: string) => warnings.push(placedMessage(path, text));
  if (question.evidence.length === 0) warn(at, `the question "${question.id}" has no evidence; quote the passage of the article that proves the answer`);
  if (question.explanation === PLACEHOLDER_EXPLANATION) {
    warn([...at, 'explanation'], 'still the placeholder the GIFT import wrote; explain why the answer is right, as students see it after checking');
  }
  if (question.kind === 'matching') warnings.push(...matchingMistakes(question, at));
  const found = question.kind === 'claim' && question.answer === 'not-stated' ? sentenceWithAll(article, keyWords(question.claim)) : null;
  if (found) {
    warn([...at, 'answer'], `"not-stated", but every key word of the claim is in one sentence (paragraph ${found.paragraph}): "${found.sentence}"; check the answer`);
  }
  if (question.kind === 'single-choice' || question.kind === 'multiple-select') {
    const right = question.kind === 'single-choice' ? [question.answer] : question.answers;
    question.options.forEach((option, i) => {
      const stated = right.includes(option) || option.split(/\s+/).length < 3 ? null : locateQuote(article.paragraphs, option);
      if (!stated) return;
      warn([...at, 'options', i], `the wrong option "${option}" is stated word for word in the article (paragraph ${stated.paragraph}); students may choose it for that reason`);
    });
  }
  if (question.kind === 'date' && !question.options) {
    const against = question.date === undefined ? `the answer "${question.answer}"` : `date: ${question.date}`;
    for (const form of disagreeingDateForms(question)) warn(form === question.answer ? [...at, 'answer'] : [...at, 'accept', question.accept.indexOf(form)], `"${form}" names another date than ${against}; students who type that date are marked right`);
  }
  warnings.push(...speakerNameWarnings(question, at, article));
  return warnings;
}

/** Checks a question set file against the schema and against its article. */
export function checkSet(id: string, file: string, text: string, known: KnownArticles): { set: QuestionSetFile | undefined; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  if (!slugSchema.safeParse(id).success) {
    problems.push(problem(file, START, 'error', `the file name "${id}.yaml" must be lowercase letters, digits and single hyphens, like "xi-in-moscow.yaml"`));
  }
  if (!text.startsWith('# yaml-language-server:')) {
    problems.push(problem(file, START, 'warning', `start the file with the line "${SET_SCHEMA_LINE}" so editors check it as you type`));
  }
  const { source, problems: yamlProblems } = parseYamlSource(file, text);
  problems.push(...yamlProblems);
  if (yamlProblems.some((p) => p.severity === 'error')) return { set: undefined, problems };

  const raw = source.value;
  const { data, problems: schemaProblems } = validateYaml(source, questionSetSchema, setKnownKeys(raw));
  problems.push(...schemaProblems, ...htmlProblems(source, raw));

  const { article, problems: missingArticle } = articleProblems(source, raw, known);
  problems.push(...missingArticle);
  const questions = asList((raw as { questions?: unknown } | null)?.questions);
  // A sound set's questions are already read; a broken set's sound questions are still warned about.
  const read = questions.map((candidate, i) => data?.questions[i] ?? questionSchema.safeParse(candidate).data);
  if (article) {
    questions.forEach((candidate, i) => {
      const at = ['questions', i];
      for (const { path, message } of quoteProblems(candidate, at, article)) problems.push(problem(file, positionOf(source, path), 'error', message));
      const question = read[i];
      if (!question) return;
      for (const { path, message } of likelyMistakes(question, at, article)) problems.push(problem(file, positionOf(source, path), 'warning', message));
    });
  }
  const habit = positionHabit(read.flatMap((question) => (question ? (writtenList(question) ?? []) : [])));
  // A habit of the whole set: placed at its questions key.
  if (habit) problems.push(problem(file, keyPositionOf(source, [], 'questions'), 'warning', placedMessage(['questions'], positionHabitMessage(habit)).message));
  const sound = data !== undefined && article !== undefined && !problems.some((p) => p.severity === 'error');
  return { set: sound ? data : undefined, problems };
}
