import { Document, isMap, isScalar, stringify } from 'yaml';

import { SET_SCHEMA_LINE, toParagraphs, type ArticleMeta } from '@/lib/content';

import { readPlainArticle, type PlainArticle } from './read-plain-article';
import { slugify } from './slugify';

/**
 * The whole of `content:new` without the filesystem: plain text in, the
 * article and question-set files out, with what to tell the teacher.
 */
export interface NewContentOptions {
  /** The id to use instead of one made from the title. */
  id?: string;
  publication?: string;
}

export interface NewContent {
  /** "" when the title has no Latin letters or digits and no id was given. */
  id: string;
  found: PlainArticle;
  /** Frontmatter fields written as "" for the teacher to fill in. */
  missing: string[];
  articleText: string;
  setText: string;
  /** Things worth a second look. */
  notes: string[];
}

export function draftNewContent(source: string, options: NewContentOptions = {}): NewContent {
  const found = readPlainArticle(source);
  const id = options.id ?? slugify(found.title);
  const { meta, missing } = draftArticleMeta(found, options);
  return {
    id,
    found,
    missing,
    articleText: articleFileText(meta, found.paragraphs),
    setText: newSetFileText(found.title, id),
    notes: notesOn(found),
  };
}

function notesOn(found: PlainArticle): string[] {
  const notes: string[] = [];
  if (found.dateLine?.ambiguous) {
    notes.push(`The date on line ${found.dateLine.line} ("${found.dateLine.text}") could be read day-first or month-first: write published as YYYY-MM-DD.`);
  }
  if (found.image && /\p{Lu}/u.test(found.image.caption) && !/\p{Ll}/u.test(found.image.caption)) {
    notes.push('The photo caption is in capital letters, as on the page: retype it in sentence case if you like.');
  }
  found.paragraphs.forEach((paragraph, i) => {
    const shown = toParagraphs(escapeParagraphStart(paragraph))[0]?.text;
    if (shown !== paragraph) notes.push(`Paragraph ${i + 1} contains Markdown (like *, _, \`, \\ or a link) that changes how it reads: check it in the preview.`);
  });
  return notes;
}

/**
 * The frontmatter for a new article: what the text gave, the publication
 * from the command line, and "" for every required field still unknown so
 * the content checker names it. `missing` lists those fields by path.
 */
export function draftArticleMeta(found: PlainArticle, options: NewContentOptions = {}): { meta: ArticleMeta; missing: string[] } {
  const meta: ArticleMeta = {
    title: found.title,
    ...(found.dek ? { dek: found.dek } : {}),
    author: found.author ?? '',
    publication: options.publication?.trim() ?? '',
    published: found.published ?? '',
    ...(found.image ? { image: { caption: found.image.caption, credit: found.image.credit } } : {}),
    corrections: [],
  };
  const { title, author, publication, published, image } = meta;
  const required = { title, author, publication, published, 'image.caption': image?.caption, 'image.credit': image?.credit };
  return { meta, missing: Object.entries(required).filter(([, value]) => value?.trim() === '').map(([path]) => path) };
}

/**
 * The text of an article file: YAML frontmatter written by the `yaml`
 * package (so any title or caption is quoted safely, never folded), a
 * comment on the optional fields, then one Markdown paragraph per entry.
 */
const OPTIONAL_FIELDS_HINT = ` Optional: url: https://… (where the article was first published).
 corrections: one entry for each word you change from the source, like
   - original: Mortiz Rudolf
     corrected: Moritz Rudolf
     note: The source misspelled the name.`;

export function articleFileText(meta: ArticleMeta, paragraphs: readonly string[]): string {
  const doc = new Document(meta);
  const corrections = isMap(doc.contents) ? doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'corrections') : undefined;
  if (isScalar(corrections?.key)) corrections.key.commentBefore = OPTIONAL_FIELDS_HINT;
  const frontmatter = doc.toString({ lineWidth: 0 });
  const body = paragraphs.map(escapeParagraphStart).join('\n\n');
  return `---\n${frontmatter}---\n${body ? `\n${body}\n` : ''}`;
}

/**
 * Escapes the start of a one-line paragraph that Markdown would otherwise
 * read as a block, with one backslash, so the reader sees the characters as
 * written ("# x" → "\# x", "1. x" → "1\. x"). Nothing inside a paragraph is
 * escaped: `*`, `_`, `` ` ``, `\`, `&name;` and `[text](url)` keep their
 * Markdown meaning. Paragraphs are one line each, so no other line can start a block.
 */
const AT_START: readonly RegExp[] = [
  /^#{1,6}(?:[ \t]|$)/, // heading
  /^>/, // block quote
  /^[-+*](?:[ \t]|$)/, // bullet list
  /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/, // thematic break
  /^(?:`{3,}|~{3,})/, // code fence
  /^<[A-Za-z/!?]/, // HTML block
  /^\[[^\]]*\]:/, // link definition
];

/** A numbered list item ("1. ", "1) "): the backslash goes before the mark. */
const NUMBERED = /^(\d{1,9})([.)])(?=[ \t]|$)/;

export function escapeParagraphStart(paragraph: string): string {
  if (NUMBERED.test(paragraph)) return paragraph.replace(NUMBERED, '$1\\$2');
  return AT_START.some((pattern) => pattern.test(paragraph)) ? `\\${paragraph}` : paragraph;
}


const EXAMPLE = `# Copy this example under "questions:" (delete the "[]"), then write your own.
# quote and evidence must be copied word for word from the article.
# Other kinds: single-choice, multiple-select, claim, match-speakers, date,
# order, short-text; content/sets/xi-jinping-in-russia.yaml has one of each.
# This example comes from that seed set.
#
# questions:
#   - id: who-said-high-hopes
#     kind: who-said
#     prompt: "Who said this about Xi’s trip?"
#     quote: "I would not put too high hopes for a deal to come up from the trip"
#     speakers: ["Moritz Rudolf", "Andrew Small", "Dmitry Peskov", "Oleksiy Danilov"]
#     answer: Moritz Rudolf
#     explanation: "Moritz Rudolf, a fellow at Yale Law School’s Paul Tsai China Center, told VICE World News not to expect a deal."
#     evidence:
#       - "“I would not put too high hopes for a deal to come up from the trip,” Moritz Rudolf, a fellow at Yale Law School’s Paul Tsai China Center, told VICE World News."`;

/**
 * The text of an empty question set for a new article, with one complete
 * question in a comment for the teacher to copy. The set fails the content
 * check ("a set needs at least one question") until a question is added.
 */
export function newSetFileText(title: string, articleId: string): string {
  const data = stringify({ title, article: articleId, mode: 'practice', questions: [] }, { lineWidth: 0 });
  return `${SET_SCHEMA_LINE}\n${data}\n${EXAMPLE}\n`;
}
