/** Someone a who-said question may offer as a wrong answer. */
export interface SpeakerCandidate {
  name: string;
  /** Whether the article quotes them (rather than only naming them). */
  quoted: boolean;
  /** Paragraph indexes that mention them. */
  paragraphs: readonly number[];
}

/**
 * Up to `count` wrong speakers for a quotation in a given paragraph. The
 * most tempting come first: anyone named in the same paragraph, then the
 * other quoted speakers nearest in the article, then people only named.
 */
export function chooseDistractors(answer: string, paragraph: number, candidates: readonly SpeakerCandidate[], count = 3): string[] {
  const distance = (c: SpeakerCandidate) => Math.min(...c.paragraphs.map((p) => Math.abs(p - paragraph)), Number.MAX_SAFE_INTEGER);
  const rank = (c: SpeakerCandidate): number[] => [distance(c) === 0 ? 0 : 1, c.quoted ? 0 : 1, distance(c)];
  const byRank = (a: SpeakerCandidate, b: SpeakerCandidate) => {
    const [ra, rb] = [rank(a), rank(b)];
    const i = ra.findIndex((value, k) => value !== rb[k]);
    return i < 0 ? 0 : (ra[i] as number) - (rb[i] as number);
  };
  const seen = new Set([answer.toLowerCase()]);
  const chosen: string[] = [];
  for (const candidate of [...candidates].sort(byRank)) {
    const key = candidate.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push(candidate.name);
    if (chosen.length === count) break;
  }
  return chosen;
}
