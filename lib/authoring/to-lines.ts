/**
 * Splits plain text into lines. Drops a byte-order mark, accepts LF, CRLF
 * and CR line ends, and trims trailing whitespace (no-break spaces included)
 * from every line. Nothing else is changed.
 */
export function toLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd());
}

/** How many words a line has, counting runs of non-space characters. */
export function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}
