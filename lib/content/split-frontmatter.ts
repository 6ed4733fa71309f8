export interface FrontmatterParts {
  frontmatter: string;
  body: string;
  /** How many lines come before the body, so positions in it can be reported. */
  bodyLine: number;
}

const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into its YAML frontmatter (between `---` lines) and its body. */
export function splitFrontmatter(source: string): FrontmatterParts | null {
  const text = source.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  const head = match[0];
  return {
    frontmatter: match[1] ?? '',
    body: text.slice(head.length),
    bodyLine: head.split('\n').length - (head.endsWith('\n') ? 1 : 0),
  };
}
