'use client';

import { flushSync } from 'react-dom';

import type { EvidenceRef } from '@/lib/answers';
import { showEvidence } from '@/components/reader/show-evidence';

import { useQuiz } from './quiz-provider';

/** Shows a question's evidence in the article, switching a phone to the article first. */
export function EvidenceButton({ evidence }: { evidence: EvidenceRef }) {
  const setPanel = useQuiz((s) => s.setPanel);
  const where = evidence.paragraph ? `paragraph ${evidence.paragraph}` : 'the article';
  return (
    <button
      type="button"
      onClick={() => {
        flushSync(() => setPanel('article'));
        showEvidence(evidence.quote, evidence.paragraph);
      }}
      className="text-left text-accent underline decoration-1 underline-offset-2 hover:text-accent-strong"
    >
      Show the evidence in {where}
    </button>
  );
}
