/**
 * Turns double quotation marks into single ones, for text that will itself
 * stand inside double quotation marks: “a “no-limits” deal” reads badly. A
 * straight mark opens after a space, a bracket or a dash, and closes elsewhere.
 */
export function toSingleQuotes(text: string): string {
  return text.replace(/[\u201C\u201D"]/g, (mark, offset: number) => {
    if (mark === '\u201C') return '\u2018';
    if (mark === '\u201D') return '\u2019';
    const before = text[offset - 1];
    return before === undefined || /[\s([\u2014]/.test(before) ? '\u2018' : '\u2019';
  });
}
