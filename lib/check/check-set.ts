import { didYouMean } from './explain-issue';
import { htmlProblems } from './html-problems';
import { setKnownKeys } from './known-keys';
import { likelyMistakes } from './likely-mistakes';
import { problem, START, type ContentProblem } from './problem';
import { quoteProblems } from './quote-problems';
import { positionOf, parseYamlSource, validateYaml, type YamlSource } from './yaml-source';
import { type Article, questionSchema, questionSetSchema, slugSchema, type QuestionSetFile } from '@/lib/content';

export const SCHEMA_COMMENT = '# yaml-language-server: $schema=../schemas/question-set.schema.json';

export interface SetCheck {
  set: QuestionSetFile | undefined;
  problems: ContentProblem[];
}

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

/** Checks a question set file against the schema and against its article. */
export function checkSet(id: string, file: string, text: string, known: KnownArticles): SetCheck {
  const problems: ContentProblem[] = [];
  if (!slugSchema.safeParse(id).success) {
    problems.push(problem(file, START, 'error', `the file name "${id}.yaml" must be lowercase letters, digits and single hyphens, like "xi-in-moscow.yaml"`));
  }
  if (!text.startsWith('# yaml-language-server:')) {
    problems.push(problem(file, START, 'warning', `start the file with the line "${SCHEMA_COMMENT}" so editors check it as you type`));
  }
  const { source, problems: yamlProblems } = parseYamlSource(file, text);
  problems.push(...yamlProblems);
  if (yamlProblems.some((p) => p.severity === 'error')) return { set: undefined, problems };

  const raw = source.value;
  const { data, problems: schemaProblems } = validateYaml(source, questionSetSchema, setKnownKeys(raw));
  problems.push(...schemaProblems, ...htmlProblems(source, raw));

  const { article, problems: missingArticle } = articleProblems(source, raw, known);
  problems.push(...missingArticle);
  if (article) {
    const questions = (raw as { questions?: unknown } | null)?.questions;
    (Array.isArray(questions) ? questions : []).forEach((candidate, i) => {
      const at = ['questions', i];
      for (const { path, message } of quoteProblems(candidate, at, article)) problems.push(problem(file, positionOf(source, path), 'error', message));
      // A sound set's questions are already read; a broken set's sound questions are still warned about.
      const question = data?.questions[i] ?? questionSchema.safeParse(candidate).data;
      if (!question) return;
      for (const { path, message } of likelyMistakes(question, at, article)) problems.push(problem(file, positionOf(source, path), 'warning', message));
    });
  }
  const sound = data !== undefined && article !== undefined && !problems.some((p) => p.severity === 'error');
  return { set: sound ? data : undefined, problems };
}
