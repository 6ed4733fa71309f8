import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

import { findRawHtml } from '@/lib/check';
import { collapseWhitespace } from '@/lib/text';

import type { GiftText } from './parse-gift';

export interface PlainText {
  text: string;
  /** Whether formatting (HTML tags, Markdown syntax) was dropped on the way. */
  dropped: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', hellip: '…',
};

const collapse = (text: string) => collapseWhitespace(text).trim();

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Tags that end a line or a block: they become spaces, so "a<br>b" stays two words; other tags just go. */
const BREAKING = /<\/?(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|hr)\b[^<>]*>/gi;
const TAG = /<!--[\s\S]*?-->|<\/?[a-z!][^<>]*>/gi;
/** What Moodle's editor wraps every text in: losing it loses nothing a student would see. */
const BARE = /^(?:<!--[\s\S]*-->|<\/?(?:p|br|div|span)\b[^<>]*>)$/i;

const removeTags = (text: string) => text.replace(BREAKING, ' ').replace(TAG, (tag) => (tag.startsWith('<!--') ? ' ' : ''));
const formattingIn = (text: string) => (text.match(TAG) ?? []).some((tag) => !BARE.test(tag));

/**
 * Tags go, then entities are decoded once; a tag the decoding reveals goes
 * too. Formatting counts as dropped when a tag other than paragraphs, line
 * breaks and spans goes: bold, a link, a list, an image.
 */
function htmlToText(text: string, decode: boolean): PlainText {
  let dropped = formattingIn(text);
  let out = findRawHtml(text) ? removeTags(text) : text;
  if (decode) out = decodeEntities(out);
  if (findRawHtml(out)) [out, dropped] = [removeTags(out), true];
  return { text: collapse(out), dropped };
}

/**
 * The app shows prompts, options and explanations as plain text, and
 * content:check refuses HTML in them: Markdown loses its syntax, HTML its
 * tags and entities, and line breaks become spaces.
 */
export function toPlainText({ text, format }: GiftText): PlainText {
  if (format !== 'markdown') return htmlToText(text, format !== 'plain');
  const plain = htmlToText(fromMarkdown(text).children.map((node) => toString(node)).join(' '), false).text;
  return { text: plain, dropped: plain !== collapse(text) };
}
