import { stringify } from 'yaml';

/**
 * The text of an empty question set for a new article, with one complete
 * question in a comment for the teacher to copy. The set fails the content
 * check ("a set needs at least one question") until a question is added.
 */
export const SET_SCHEMA_LINE = '# yaml-language-server: $schema=../schemas/question-set.schema.json';

const EXAMPLE = `
Copy this example under "questions:" (delete the "[]"), then write your own.
quote and evidence must be copied word for word from the article.
Other kinds: single-choice, multiple-select, claim, match-speakers, date,
order, short-text; content/sets/xi-jinping-in-russia.yaml has one of each.
This example comes from that seed set.

questions:
  - id: who-said-high-hopes
    kind: who-said
    prompt: "Who said this about Xi’s trip?"
    quote: "I would not put too high hopes for a deal to come up from the trip"
    speakers: ["Moritz Rudolf", "Andrew Small", "Dmitry Peskov", "Oleksiy Danilov"]
    answer: Moritz Rudolf
    explanation: "Moritz Rudolf, a fellow at Yale Law School’s Paul Tsai China Center, told VICE World News not to expect a deal."
    evidence:
      - "“I would not put too high hopes for a deal to come up from the trip,” Moritz Rudolf, a fellow at Yale Law School’s Paul Tsai China Center, told VICE World News."
`;

export function newSetFileText(title: string, articleId: string): string {
  const data = stringify({ title, article: articleId, mode: 'practice', questions: [] }, { lineWidth: 0 });
  const example = EXAMPLE.trim()
    .split('\n')
    .map((line) => (line ? `# ${line}` : '#'))
    .join('\n');
  return `${SET_SCHEMA_LINE}\n${data}\n${example}\n`;
}
