import { collapseWhitespace } from './collapse-whitespace';
import { foldTypography } from './fold-typography';

/** Typography folded, whitespace collapsed and lower case: how a name is looked for in an article. */
export function foldLoosely(text: string): string {
  return collapseWhitespace(foldTypography(text)).toLowerCase();
}
