/**
 * Typographic folding shared by quote lookup and answer normalisation:
 * curly quotes become straight ones, every dash becomes a hyphen, and the
 * many Unicode spaces become a plain space.
 */
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"'],
  [/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-'],
  [/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' '],
];

/** Folds one character; every fold maps one character to one character. */
export function foldTypography(text: string): string {
  return FOLDS.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), text);
}
