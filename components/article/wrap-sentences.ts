import type { Element, ElementContent, Root, RootContent } from 'hast';

import { sentenceElementId } from '@/lib/text';

/** A sentence to wrap: its id, and its text with where it starts in the paragraph's text. */
export interface SentenceToWrap {
  id: string;
  start: number;
  text: string;
}

type Node = RootContent | ElementContent;

function textOf(nodes: readonly Node[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('');
}

/**
 * The part of a list of nodes that covers `[from, to)` of their text: whole
 * nodes where they fit, text cut, elements copied with the part of their
 * children that falls inside (so a link or emphasis across a sentence
 * boundary is split in two, each half keeping its element).
 */
function slice(nodes: readonly Node[], from: number, to: number): ElementContent[] {
  const out: ElementContent[] = [];
  let start = 0;
  for (const node of nodes) {
    if (start >= to) break;
    const length = textOf([node]).length;
    const end = start + length;
    // A node ending at `from` belongs to the part before, unless it is empty and starts there.
    if (node.type !== 'doctype' && (end > from || (end === from && length === 0))) {
      if (start >= from && end <= to) out.push(node);
      else if (node.type === 'text') out.push({ type: 'text', value: node.value.slice(Math.max(0, from - start), Math.min(end, to) - start) });
      else if (node.type === 'element') out.push({ ...node, children: slice(node.children, from - start, to - start) });
    }
    start = end;
  }
  return out;
}

/** A text without its whitespace, and where each character left came from. */
function withoutSpaces(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i] as string)) continue;
    out += text[i];
    origin.push(i);
  }
  return { text: out, origin };
}

/**
 * Finds each sentence in the rendered text: at its offset in the paragraph's
 * text when the two agree (nearly always), else further on, else ignoring
 * whitespace (a hard line break renders a newline the paragraph's text has
 * not). A sentence that cannot be found gets no range.
 */
function locateSentences(text: string, sentences: readonly SentenceToWrap[]): { id: string; start: number; end: number }[] {
  const ranges: { id: string; start: number; end: number }[] = [];
  let spaceless: ReturnType<typeof withoutSpaces> | undefined;
  let cursor = 0;
  for (const sentence of sentences) {
    if (sentence.text.length === 0) continue;
    let start = text.startsWith(sentence.text, sentence.start) && sentence.start >= cursor ? sentence.start : text.indexOf(sentence.text, cursor);
    let end = start + sentence.text.length;
    if (start < 0) {
      spaceless ??= withoutSpaces(text);
      const needle = withoutSpaces(sentence.text).text;
      const from = spaceless.origin.findIndex((offset) => offset >= cursor);
      const at = from < 0 || needle.length === 0 ? -1 : spaceless.text.indexOf(needle, from);
      if (at < 0) continue;
      start = spaceless.origin[at] as number;
      end = (spaceless.origin[at + needle.length - 1] as number) + 1;
    }
    ranges.push({ id: sentence.id, start, end });
    cursor = end;
  }
  return ranges;
}

/** The element whose children are the paragraph's inline content: the tree, or the one paragraph in it. */
function inlineContainer(tree: Root): Root | Element {
  const [only] = tree.children;
  return tree.children.length === 1 && only?.type === 'element' && only.tagName === 'p' ? only : tree;
}

/**
 * A rehype plugin: wraps each sentence of a paragraph in
 * `<span id="s-3-2" data-sentence="3.2">`, keeping links, emphasis and every other
 * element inside it. The sentences are the ones lib/content/article.ts
 * found in the paragraph's text (see locateSentences); one that cannot be
 * found is left unwrapped. Text between sentences (their spaces) stays
 * outside.
 */
export function wrapSentences({ sentences }: { sentences: readonly SentenceToWrap[] }) {
  return (tree: Root) => {
    const container = inlineContainer(tree);
    const nodes = container.children as Node[];
    const children: ElementContent[] = [];
    let cursor = 0;
    for (const { id, start, end } of locateSentences(textOf(nodes), sentences)) {
      children.push(...slice(nodes, cursor, start));
      children.push({ type: 'element', tagName: 'span', properties: { id: sentenceElementId(id), dataSentence: id }, children: slice(nodes, start, end) });
      cursor = end;
    }
    children.push(...slice(nodes, cursor, Infinity));
    container.children = children;
  };
}
