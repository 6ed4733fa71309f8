/**
 * Escapes the start of a one-line paragraph that Markdown would otherwise
 * read as something other than text, with one backslash, so the reader sees
 * the characters as written:
 *
 * | starts with                          | as Markdown        | written as   |
 * | ------------------------------------ | ------------------ | ------------ |
 * | `# `…`###### `                       | heading            | `\# `        |
 * | `>`                                  | block quote        | `\>`         |
 * | `- `, `+ `, `* ` (or the mark alone) | bullet list        | `\- `        |
 * | `***`, `---`, `___` (spaced or not)  | thematic break     | `\***`       |
 * | `1. `, `1) ` (up to nine digits)     | numbered list      | `1\. `       |
 * | ```` ``` ````, `~~~`                 | code fence         | ```` \``` ```` |
 * | `<` and a letter, `/`, `!` or `?`    | HTML block         | `\<`         |
 * | `[label]:`                           | link definition    | `\[label]:`  |
 *
 * Nothing inside a paragraph is escaped: `*`, `_`, `` ` ``, `\`, `&name;`
 * and `[text](url)` in the middle of a line keep their Markdown meaning.
 * Paragraphs are one line each, so no other line can start a block.
 */
const AT_START: readonly RegExp[] = [
  /^#{1,6}(?:[ \t]|$)/,
  /^>/,
  /^[-+*](?:[ \t]|$)/,
  /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/,
  /^(?:`{3,}|~{3,})/,
  /^<[A-Za-z/!?]/,
  /^\[[^\]]*\]:/,
];

const NUMBERED = /^(\d{1,9})([.)])(?=[ \t]|$)/;

export function escapeParagraphStart(paragraph: string): string {
  if (NUMBERED.test(paragraph)) return paragraph.replace(NUMBERED, '$1\\$2');
  return AT_START.some((pattern) => pattern.test(paragraph)) ? `\\${paragraph}` : paragraph;
}
