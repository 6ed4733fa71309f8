import type { PublicQuestion } from '@/lib/content';
import { type ClaimVerdict, type Answer } from '@/lib/answers';
import { sentenceLabel } from '@/lib/text';


export const claimLabels: Record<ClaimVerdict, string> = {
  true: 'True',
  false: 'False',
  'not-stated': 'Not stated in the article',
};

/** An answer as lines a student can read: one line, or one per item, match or step. */
export function formatAnswer(question: PublicQuestion, answer: Answer): string[] {
  switch (question.kind) {
    case 'claim':
      return [claimLabels[answer as ClaimVerdict] ?? String(answer)];
    case 'multiple-select':
      return answer as string[];
    case 'order':
      return (answer as string[]).map((item, i) => `${i + 1}. ${item}`);
    case 'cite-evidence': {
      const labels = (answer as string[]).map(sentenceLabel);
      return labels.map((label) => label.charAt(0).toUpperCase() + label.slice(1));
    }
    case 'match-speakers': {
      const chosen = answer as Record<string, string>;
      return question.quotes.map((quote, i) => `“${quote}” — ${chosen[String(i)] ?? 'no speaker chosen'}`);
    }
    default:
      return [String(answer)];
  }
}
