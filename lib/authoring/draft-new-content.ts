import { toParagraphs } from '@/lib/content';

import { draftArticleMeta } from './draft-article-meta';
import { escapeParagraphStart } from './escape-paragraph-start';
import { newSetFileText } from './new-set-file';
import { readPlainArticle, type PlainArticle } from './read-plain-article';
import { slugify } from './slugify';
import { articleFileText } from './write-article-file';

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
  const { meta, missing } = draftArticleMeta(found, { publication: options.publication });
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
