/**
 * GIFT escapes its control characters with a backslash: `\~ \= \# \{ \} \:`,
 * `\\` for a backslash and `\n` for a line break. Before parsing, each escape
 * becomes two private-use characters, so the parser can look for control
 * characters plainly while every offset still points at the same place in
 * the file; `restoreEscapes` then turns them into the characters meant.
 */
const MARK = '\uE000';
const SHIFT = 0xe100;

export function protectEscapes(text: string): string {
  return text.replace(/\\([\\~=#{}:n])/g, (_, char: string) => MARK + String.fromCharCode(SHIFT + char.charCodeAt(0)));
}

export function restoreEscapes(text: string): string {
  return text.replace(/\uE000([\uE100-\uE17F])/g, (_, code: string) => {
    const char = String.fromCharCode(code.charCodeAt(0) - SHIFT);
    return char === 'n' ? '\n' : char;
  });
}
