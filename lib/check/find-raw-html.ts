/** An HTML tag, comment or doctype, as a teacher might paste from a web page. */
const RAW_HTML = /<(?:!--|!doctype\b|\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>)/i;

/** The first piece of raw HTML in a text, with its offset, or null. */
export function findRawHtml(text: string): { index: number; tag: string } | null {
  const match = RAW_HTML.exec(text);
  return match ? { index: match.index, tag: match[0].length > 40 ? `${match[0].slice(0, 40)}…` : match[0] } : null;
}
