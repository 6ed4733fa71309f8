/**
 * The verbs that attribute quoted words to a subject. Only written-out forms
 * are listed (no stems), so "state" the noun or "post-war" never match.
 */
const SAY = (
  'said says say saying told tells telling added adds adding stressed stresses stressing noted notes noting ' +
  'explained explains explaining argued argues arguing warned warns warning insisted insists insisting asked asks ' +
  'replied replies responded responds claimed claims stated declared declares announced announces remarked recalled recalls ' +
  'acknowledged acknowledges admitted admits suggested suggests emphasized emphasised emphasizes emphasises predicted predicts ' +
  'cautioned cautions vowed vows pledged pledges promised conceded concedes complained complains boasted maintained countered ' +
  'observed continued concluded'
).split(' ');

/** Verbs of writing: the prompt asks "Who wrote this?". */
const WRITE = 'wrote writes writing tweeted tweets posted'.split(' ');

/**
 * Verbs that report a subject's words without "said": urged the court to
 * uphold “…”, described it as “…”, thanked China for its “…”. The quoted
 * words are taken as the subject's (see docs/drafting.md).
 */
const REPORT = (
  'urged urges urging described describes describing called calling thanked thanking praised praises ' +
  'criticized criticised criticizes accused accuses denied denies hailed hails dubbed labeled labelled termed ' +
  'dismissed dismisses condemned condemns'
).split(' ');

/** Verbs that attribute only straight after a quotation: “…,” he continued. Elsewhere they are narrative. */
const AFTER_QUOTE_ONLY = new Set(['continued', 'concluded', 'observed', 'maintained', 'countered']);

export type VerbSort = 'say' | 'write' | 'report' | 'according';

const SORTS = new Map<string, VerbSort>([
  ...SAY.map((v) => [v, 'say'] as const),
  ...WRITE.map((v) => [v, 'write'] as const),
  ...REPORT.map((v) => [v, 'report'] as const),
  ['according to', 'according'],
]);

/** Matches any attributing verb as a whole word (not inside "so-called"). */
export function speechVerbPattern(): RegExp {
  const alternatives = [...SORTS.keys()].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![\\p{L}\\-])(?:${alternatives})(?![\\p{L}\\-])`, 'gu');
}

export function verbSort(verb: string): VerbSort {
  return SORTS.get(verb) ?? 'say';
}

export function attributesOnlyAfterQuote(verb: string): boolean {
  return AFTER_QUOTE_ONLY.has(verb);
}
