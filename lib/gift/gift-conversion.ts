import type { Position } from '@/lib/check';
import type { QuestionKind } from '@/lib/content';

import type { GiftFormat, GiftIssue, GiftText } from './gift-question';
import { toPlainText } from './to-plain-text';

/** A GIFT question mapped to one of the app's kinds, before it gets its id and explanation. */
export interface Conversion {
  ok: true;
  /** The kind, the prompt and the kind's own fields, in the order they are written. */
  fields: { kind: QuestionKind; prompt: string } & Record<string, unknown>;
  /** Each answer's own feedback, labelled with its answer, for the explanation. */
  feedback: string[];
  /** What does not carry over exactly, where it is in the GIFT file. */
  warnings: GiftIssue[];
}

/** A GIFT question the app has no honest place for, and why. */
export interface Skip {
  ok: false;
  reason: string;
  at?: Position;
}

export type Converted = Conversion | Skip;

/** Reads GIFT texts as plain text, remembering which formats lost their formatting. */
export function plainTextReader(): { read: (text: GiftText) => string; dropped: Set<GiftFormat> } {
  const dropped = new Set<GiftFormat>();
  return {
    dropped,
    read(text) {
      const plain = toPlainText(text);
      if (plain.dropped) dropped.add(text.format);
      return plain.text;
    },
  };
}

/** A text as the teacher will recognise it in a message. */
export const shown = (text: string) => `“${text.length > 50 ? `${text.slice(0, 49)}…` : text}”`;

/** 50 → "50%", -33.33333 → "−33.33%". */
export const percent = (weight: number) => `${weight < 0 ? '−' : ''}${Math.round(Math.abs(weight) * 100) / 100}%`;
