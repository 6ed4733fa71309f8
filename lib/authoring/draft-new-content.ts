import { Document, isMap, isScalar } from 'yaml';

import { toParagraphs, type ArticleMeta } from '@/lib/content';

import type { PlainArticle } from './plain-article';
import { readPlainArticle } from './read-plain-article';
import { slugify } from './slugify';

/**
 * The whole of `content:new` without the filesystem: plain text in, the
 * article file out, with what to tell the teacher. It writes no question
 * set: `content:draft` writes the set from the article, so every file the
 * two write passes `content:check` (a set with no questions would not).
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
  /** Things worth a second look, those about one line starting "Line <n>:". */
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
    notes: [...notesOn(found), ...absentNotes(meta, found)],
  };
}

/** What the text did not give that the article can do without, and how to add it. */
function absentNotes(meta: ArticleMeta, found: PlainArticle): string[] {
  const notes: string[] = [];
  const hint = found.authorHint ? ` (the text says “Follow ${found.authorHint} on …”)` : '';
  if (!meta.author) notes.push(`No byline was found, so the article has no author: add author: to the frontmatter if it has one${hint}.`);
  if (!meta.publication) notes.push('The text does not say where it appeared: add publication: to the frontmatter (or pass --publication) so students see the source.');
  return notes;
}

function notesOn(found: PlainArticle): string[] {
  const notes = found.doubts.map((doubt) => `Line ${doubt.line}: ${doubt.note}`);
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
 * the content checker names it. `missing` lists those fields by path. A
 * byline or publication the text does not give is left out, not left empty:
 * press statements and wire copy often have neither, and the article is
 * whole without them (the report says they were not found).
 */
export function draftArticleMeta(found: PlainArticle, options: NewContentOptions = {}): { meta: ArticleMeta; missing: string[] } {
  const publication = options.publication?.trim() || found.publication;
  const meta: ArticleMeta = {
    title: found.title,
    ...(found.dek ? { dek: found.dek } : {}),
    ...(found.author ? { author: found.author } : {}),
    ...(publication ? { publication } : {}),
    published: found.published ?? '',
    ...(found.url && isWebAddress(found.url) ? { url: found.url } : {}),
    ...(found.image ? { image: { caption: found.image.caption, credit: found.image.credit } } : {}),
    corrections: [],
  };
  const { title, published, image } = meta;
  const required = { title, published, 'image.caption': image?.caption, 'image.credit': image?.credit };
  return { meta, missing: Object.entries(required).filter(([, value]) => value?.trim() === '').map(([path]) => path) };
}

function isWebAddress(text: string): boolean {
  return URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
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

