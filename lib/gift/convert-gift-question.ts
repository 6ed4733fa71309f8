import type { Article } from '@/lib/content';

import { answerFeedback } from './compose-explanation';
import { convertChoice } from './convert-choice';
import { convertMatching } from './convert-matching';
import { convertNumerical, convertShortAnswer } from './convert-typed';
import type { Converted } from './gift-conversion';
import type { GiftQuestion, GiftText } from './gift-question';

/** The prompt of every imported true/false question, as in the seed set: the GIFT text becomes the claim. */
export const CLAIM_PROMPT = 'Is this claim true, false, or not stated in the article?';

type TrueFalse = Extract<GiftQuestion, { type: 'true-false' }>;

/** True/false becomes a `claim` with the verdict "true" or "false"; each verdict's feedback is labelled with it. */
function convertTrueFalse(q: TrueFalse, read: (text: GiftText) => string): Converted {
  const feedback = [true, false].flatMap((verdict) => {
    const text = verdict === q.answer ? q.rightFeedback : q.wrongFeedback;
    return text ? [answerFeedback(verdict ? 'True' : 'False', read(text))] : [];
  });
  return { ok: true, fields: { kind: 'claim', prompt: CLAIM_PROMPT, claim: read(q.stem), answer: q.answer ? 'true' : 'false' }, feedback, warnings: [] };
}

/** Maps one GIFT question to one of the app's kinds, or says why it cannot be. */
export function convertGiftQuestion(q: GiftQuestion, read: (text: GiftText) => string, article: Article): Converted {
  switch (q.type) {
    case 'multiple-choice':
      return convertChoice(q, read);
    case 'true-false':
      return convertTrueFalse(q, read);
    case 'short-answer':
      return convertShortAnswer(q, read);
    case 'numerical':
      return convertNumerical(q, read);
    case 'matching':
      return convertMatching(q, read, article);
    case 'essay':
      return { ok: false, reason: 'an essay question ({}) is marked by a person; the app scores every answer itself and has no kind for it' };
    case 'description':
      return { ok: false, reason: 'a description (text with no answer block) asks nothing; the app has no place for text between questions' };
  }
}
