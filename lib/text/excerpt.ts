/** The first words of a text, with an ellipsis when there are more. */
export function excerpt(text: string, words = 12): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}
