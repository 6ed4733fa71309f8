import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkLibrary, type ContentFile, readContentFiles } from '@/lib/check';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/content-check');
const seedArticle: ContentFile = {
  path: 'content/articles/xi-jinping-in-russia.md',
  bytes: fs.readFileSync(path.join(root, 'content/articles/xi-jinping-in-russia.md')),
};
const GOOD_SET = fs.readFileSync(path.join(fixtures, 'no-schema-line.yaml'), 'utf8');

/** Checks one file beside the seed article; returns its problems as `line:column: severity: message`. */
function problemsOf(target: string, bytes: Uint8Array): string[] {
  const { problems } = checkLibrary([seedArticle, { path: target, bytes }]);
  return problems.filter((p) => p.file === target).map((p) => `${p.line}:${p.column}: ${p.severity}: ${p.message}`);
}

const targetFor = (name: string) => (name.endsWith('.md') ? `content/articles/${name}` : `content/sets/${name}`);

/** Each broken fixture in tests/fixtures/content-check, with exactly what the checker must say about it. */
const CASES: [string, string[]][] = [
  ["Bad_File_Name.yaml", [
    "1:1: error: the file name \"Bad_File_Name.yaml\" must be lowercase letters, digits and single hyphens, like \"xi-in-moscow.yaml\"",
  ]],
  ["answer-not-among-options.yaml", [
    "10:13: error: questions[0].answer: \"Three days\" is not one of the options",
  ]],
  ["answers-always-first.yaml", [
    "5:1: warning: questions: the right answer is the first entry in 6 of 6 choice questions; by chance about 2 would be. Students see each list shuffled, but the written order shows in this file, in copies and printouts of it, and in pinned entries: mix the order you write them in",
  ]],
  ["article-date-in-words.md", [
    "6:12: error: published: write the date as YYYY-MM-DD",
  ]],
  ["article-html-in-caption.md", [
    "8:12: error: image.caption: raw HTML is not allowed (\"<img src=x onerror=alert(1)>\"); write plain text",
  ]],
  ["article-iframe-in-body.md", [
    "43:16: error: raw HTML is not allowed in the article (\"<iframe src=\"https://example.com\">\"); write plain Markdown",
  ]],
  ["article-missing-date.md", [
    "2:1: error: missing the field \"published\"",
  ]],
  ["article-unknown-field.md", [
    "4:1: error: unknown field \"autor\"; did you mean \"author\"?",
  ]],
  ["article-without-frontmatter.md", [
    "1:1: error: an article starts with its frontmatter: a line \"---\", the fields (title, author, …), then another \"---\"",
  ]],
  ["bad-indentation.yaml", [
    "8:7: error: \"prompt\" is indented by 6 spaces, but \"kind\" on line 7 by 4; fields that belong together line up: indent \"prompt\" by 4 spaces",
  ]],
  ["cite-across-two-sentences.yaml", [
    "13:9: error: questions[0].evidence[0]: students cite whole sentences, and this covers parts of two; the whole sentences (paragraph 16, sentences 1–2) read: \"Zelenskyy, who has repeatedly sought direct talks with Xi to no avail, also welcomed the dialogue. But Ukraine is eyeing the events with caution.\"",
    "26:11: error: questions[1].cite.evidence[1]: students cite whole sentences, and this is only part of one; the whole sentence (paragraph 16, sentence 3) reads: \"Reiterating the country’s stance, Oleksiy Danilov, the secretary of Ukraine’s National Security and Defense Council, stressed on Monday that any peace plan must be predicated on the withdrawal of Russian troops to “restore [Ukraine’s] sovereignty, independence and territorial integrity.”\"",
  ]],
  ["cite-not-in-article.yaml", [
    "12:9: error: questions[0].evidence[0]: not found word for word in the article; the closest sentence (paragraph 13, sentence 1) reads: \"He was greeted by Russia’s deputy prime minister Dmitry Chernyshenko and a military brass band upon arrival.\"",
  ]],
  ["cite-part-of-a-sentence.yaml", [
    "11:9: error: questions[0].evidence[0]: students cite whole sentences, and this is only part of one; the whole sentence (paragraph 10, sentence 3) reads: \"Bilateral trade rose to a record figure in 2022 and surged in double-digits earlier this year.\"",
  ]],
  ["cite-without-sentences.yaml", [
    "12:7: error: questions[0].cite: Part B needs the sentences that answer it: give the question evidence, or cite.evidence",
    "12:7: error: questions[0].cite: unknown field \"promt\"; did you mean \"prompt\"?",
    "17:15: error: questions[1].evidence: cite at least one sentence",
    "18:5: error: questions[1]: unknown field \"cite\"",
  ]],
  ["claim-unknown-verdict.yaml", [
    "10:13: error: questions[0].answer: must be \"true\", \"false\" or \"not-stated\", not \"maybe\"",
  ]],
  ["date-in-words.yaml", [
    "10:11: error: questions[0].date: write a date as YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD",
  ]],
  ["distractor-not-in-article.yaml", [
    "14:19: error: questions[0].distractors[0]: the speaker \"Joe Biden\" is not named in the article",
  ]],
  ["duplicate-ids.yaml", [
    "13:9: error: questions[1].id: id \"city\" is used twice",
  ]],
  ["duplicate-key.yaml", [
    "3:1: error: the field \"title\" is written twice in the same place; keep one",
  ]],
  ["empty-prompt.yaml", [
    "8:13: error: questions[0].prompt: must not be empty",
  ]],
  ["empty-set.yaml", [
    "5:12: error: questions: a set needs at least one question",
  ]],
  ["evidence-not-in-article.yaml", [
    "12:9: error: questions[0].evidence[0]: not found word for word in the article; the closest passage (paragraph 1) reads: \"Chinese leader Xi Jinping landed in Moscow on Monday\"",
  ]],
  ["html-in-prompt.yaml", [
    "8:13: error: questions[0].prompt: raw HTML is not allowed (\"<b>\"); write plain text",
  ]],
  ["date-accepts-another-day.yaml", [
    "10:24: warning: questions[0].accept[1]: \"March 18\" names another date than date: 2023-03-17; students who type that date are marked right",
  ]],
  ["id-with-spaces.yaml", [
    "6:9: error: questions[0].id: use lowercase letters, digits and single hyphens, like \"xi-in-moscow\"",
  ]],
  ["impossible-date.yaml", [
    "10:11: error: questions[0].date: is not a real calendar date",
  ]],
  ["matching-distractor-like-a-match.yaml", [
    "14:19: warning: questions[0].distractors[0]: \"kremlin spokesperson.\" reads the same as the match \"Kremlin spokesperson\"; students would see both in the list: remove it, or make it different",
    "22:7: warning: questions[1].pairs: every item has the match \"Russia\" and the list offers nothing else, so every answer is right: add distractors or other pairs",
    "33:7: error: questions[2].pairs: must not repeat an entry",
    "37:19: error: questions[2].distractors[0]: \"Russia\" is already a match in pairs",
  ]],
  ["missing-answer.yaml", [
    "6:5: error: questions[0]: missing the field \"answer\"",
  ]],
  ["missing-kind.yaml", [
    "6:5: error: questions[0]: missing the field \"kind\"; use one of single-choice, multiple-select, claim, who-said, match-speakers, matching, date, numeric, order, short-text, cite-evidence",
  ]],
  ["missing-title.yaml", [
    "2:1: error: missing the field \"title\"",
  ]],
  ["misspelled-speaker.yaml", [
    "10:16: error: questions[0].speakers[0]: the speaker \"Moritz Rudolph\" is not named in the article; did you mean \"Moritz Rudolf\"?",
  ]],
  ["no-schema-line.yaml", [
    "1:1: warning: start the file with the line \"# yaml-language-server: $schema=../schemas/question-set.schema.json\" so editors check it as you type",
  ]],
  ["not-stated-looks-stated.yaml", [
    "6:5: warning: questions[0]: the question \"arms\" has no evidence; quote the passage of the article that proves the answer",
    "10:13: warning: questions[0].answer: \"not-stated\", but every key word of the claim is in one sentence (paragraph 10): \"Although China stopped short of supplying arms and ammunition to Russia, customs data showed it sold “hunting rifles,” body armor, and fighter-jet and drone parts—“dual-use equipment” that has both civilian and military applications.\"; check the answer",
  ]],
  ["numeric-answer-outside-range.yaml", [
    "9:13: error: questions[0].answer: the answer 3 is outside the range 4 to 6",
    "20:12: error: questions[1].range: give either tolerance or range, not both",
    "28:12: error: questions[2].range: the range must run from the lower number to the higher: write [2, 4]",
    "35:13: error: questions[3].answer: should be a number, not text",
    "36:16: error: questions[3].tolerance: must not be negative",
  ]],
  ["one-option-only.yaml", [
    "9:14: error: questions[0].options: offer at least two options",
  ]],
  ["order-repeats-an-item.yaml", [
    "10:7: error: questions[0].items: must not repeat an entry",
  ]],
  ["placeholder-explanation.yaml", [
    "11:18: warning: questions[0].explanation: still the placeholder the GIFT import wrote; explain why the answer is right, as students see it after checking",
  ]],
  ["points-not-a-number.yaml", [
    "10:13: error: questions[0].points: should be a number, not text",
  ]],
  ["questions-not-a-list.yaml", [
    "5:12: error: questions: should be a list, not text",
  ]],
  ["quote-not-in-article.yaml", [
    "9:12: error: questions[0].quote: not found word for word in the article; the closest passage (paragraph 4) reads: \"“I would not put too high hopes for a deal to come up from the trip,”\"",
  ]],
  ["script-in-explanation.yaml", [
    "10:18: error: questions[0].explanation: raw HTML is not allowed (\"<script>\"); write plain text",
  ]],
  ["select-answer-not-an-option.yaml", [
    "10:47: error: questions[0].answers[1]: \"Financing roads\" is not one of the options",
  ]],
  ["several-problems.yaml", [
    "4:7: error: mode: must be \"practice\" or \"test\", not \"exam\"",
    "10:13: error: questions[0].answer: \"Three days\" is not one of the options",
    "13:9: error: questions[0].evidence[0]: not found word for word in the article; the closest passage (paragraph 3) reads: \"The three-day visit came after Beijing proposed a peace plan last month,\"",
    "14:5: error: questions[1]: missing the field \"explanation\"",
    "18:5: error: questions[1]: unknown field \"explanaton\"; did you mean \"explanation\"?",
  ]],
  ["speaker-cut-from-a-name.yaml", [
    "11:13: warning: questions[0].answer: \"Paul Tsai\" is not a name the article uses for a person or organisation; did you mean \"Yale Law School’s Paul Tsai China Center\"?",
    "22:18: warning: questions[1].pairs[1].speaker: \"Ukraine’s National Security\" is not a name the article uses for a person or organisation; did you mean \"National Security and Defense Council\"?",
  ]],
  ["tab-indentation.yaml", [
    "10:1: error: this line is indented with a tab; YAML allows only spaces for indentation: replace the tab with spaces",
  ]],
  ["unclosed-quote.yaml", [
    "12:9: error: a quotation mark is opened here but never closed; close it at the end of the value",
  ]],
  ["unknown-article.yaml", [
    "3:10: error: article: there is no article \"content/articles/xi-jinping-in-rusia.md\"; did you mean \"xi-jinping-in-russia\"?",
  ]],
  ["unknown-field.yaml", [
    "6:5: error: questions[0]: missing the field \"explanation\"",
    "10:5: error: questions[0]: unknown field \"explaination\"; did you mean \"explanation\"?",
  ]],
  ["wrong-kind-name.yaml", [
    "7:11: error: questions[0].kind: unknown kind \"short-answer\"; use one of single-choice, multiple-select, claim, who-said, match-speakers, matching, date, numeric, order, short-text, cite-evidence",
  ]],
  ["wrong-mode.yaml", [
    "4:7: error: mode: must be \"practice\" or \"test\", not \"quiz\"",
  ]],
  ["wrong-option-in-article.yaml", [
    "9:15: warning: questions[0].options[0]: the wrong option \"discounted Russian oil\" is stated word for word in the article (paragraph 7); students may choose it for that reason",
  ]],
  ["wrong-value-type-for-list.yaml", [
    "11:15: error: questions[0].evidence: should be a list, not text",
  ]],
];

describe('content:check on broken files', () => {
  it('has a case for every fixture file', () => {
    expect(CASES.map(([name]) => name).sort()).toEqual(fs.readdirSync(fixtures).sort());
  });

  it.each(CASES)('%s', (name, expected) => {
    expect(problemsOf(targetFor(name), fs.readFileSync(path.join(fixtures, name)))).toEqual(expected);
  });

  it('refuses a 5 MB file before parsing it', () => {
    const huge = new TextEncoder().encode(GOOD_SET + `# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    expect(problemsOf('content/sets/huge.yaml', huge)).toEqual(['1:1: error: the file is 5.0 MB; a content file may be at most 1 MB']);
  });

  it('says where a set stops being UTF-8', () => {
    const text = new TextEncoder().encode(GOOD_SET.replace('Where did Xi land?', 'Where did Xi land? ¿'));
    const bad = text.indexOf(0xc2);
    const latin1 = Uint8Array.from([...text.subarray(0, bad), 0xbf, ...text.subarray(bad + 2)]);
    expect(problemsOf('content/sets/latin1.yaml', latin1)).toEqual(['7:32: error: the file is not UTF-8 text (byte 0xBF); save it with the UTF-8 encoding']);
  });

  it('says where an article stops being UTF-8, and its sets say why they cannot be used', () => {
    const bytes = Uint8Array.from([...seedArticle.bytes.subarray(0, 4), 0xff, ...seedArticle.bytes.subarray(4)]);
    const { problems } = checkLibrary([{ path: seedArticle.path, bytes }, { path: 'content/sets/good.yaml', bytes: new TextEncoder().encode(GOOD_SET) }]);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`)).toEqual([
      'content/articles/xi-jinping-in-russia.md:2:1: error: the file is not UTF-8 text (byte 0xFF); save it with the UTF-8 encoding',
      'content/sets/good.yaml:1:1: warning: start the file with the line "# yaml-language-server: $schema=../schemas/question-set.schema.json" so editors check it as you type',
      'content/sets/good.yaml:2:10: error: article: the article "xi-jinping-in-russia" has errors of its own; fix content/articles/xi-jinping-in-russia.md first',
    ]);
  });

  it('warns about a set saved as .yml instead of ignoring it silently', () => {
    expect(problemsOf('content/sets/wrong-extension.yml', new TextEncoder().encode(GOOD_SET))).toEqual(['1:1: warning: ignored: a question set file must end in ".yaml"']);
  });

  it('keeps the sound sets usable when another set is broken', () => {
    const broken = fs.readFileSync(path.join(fixtures, 'several-problems.yaml'));
    const result = checkLibrary([seedArticle, { path: 'content/sets/good.yaml', bytes: new TextEncoder().encode(GOOD_SET) }, { path: 'content/sets/broken.yaml', bytes: broken }]);
    expect(result.sets.map((s) => s.id)).toEqual(['good']);
    expect([...result.broken.keys()]).toEqual(['broken']);
    // In file order, as the set's page lists them in development.
    expect(result.broken.get('broken')?.map((p) => p.line)).toEqual([4, 10, 13, 14, 18]);
  });
});

describe('content:check on the real content', () => {
  it('finds no problem at all', () => {
    const { problems, sets } = checkLibrary(readContentFiles(root));
    expect(problems).toEqual([]);
    expect(sets.length).toBeGreaterThanOrEqual(2);
  });
});
