import type { Position } from '@/lib/check';

/**
 * A Moodle GIFT file as read by parse-gift.ts: every question with
 * where it stands in the file, its texts with their formats, its answers with
 * their weights (in percent, as written) and feedback. Nothing here is yet
 * mapped to the app's kinds of question; that is convert-gift.ts.
 */
export type GiftFormat = 'moodle' | 'html' | 'markdown' | 'plain';

export interface GiftText {
  /** The text with its escapes resolved and its "[format]" prefix removed. */
  text: string;
  format: GiftFormat;
}

/** One answer of a multiple-choice or short-answer question. */
export interface GiftAnswer {
  text: GiftText;
  /** Percent of the points: 100 for "=", 0 for a plain "~", else the "%weight%" written. */
  weight: number;
  feedback: GiftText | null;
  at: Position;
}

export type GiftNumberValue =
  | { kind: 'exact'; number: string }
  | { kind: 'tolerance'; number: string; tolerance: string }
  | { kind: 'range'; min: string; max: string };

/** One answer of a numerical question, its numbers as written. */
export interface GiftNumber {
  value: GiftNumberValue;
  weight: number;
  feedback: GiftText | null;
  at: Position;
}

export interface GiftPair {
  /** Empty for an extra answer that matches no item. */
  item: GiftText;
  match: string;
  at: Position;
}

interface GiftQuestionBase {
  /** Where the question starts: its title, or its first word. */
  at: Position;
  title: string | null;
  /** The category the file last set with $CATEGORY:, if any. */
  category: string | null;
  /** The question text; with the answer block in the middle of a sentence, the block is replaced by "_____". */
  stem: GiftText;
  /** Whether the answer block stood in the middle of the text (the "missing word" format). */
  missingWord: boolean;
  /** The "####" feedback, shown whatever the answer. */
  generalFeedback: GiftText | null;
}

export type GiftQuestion = GiftQuestionBase &
  (
    | { type: 'multiple-choice'; answers: GiftAnswer[]; /** An "=" marks the right answer: one may be chosen. */ single: boolean }
    | { type: 'true-false'; answer: boolean; /** Shown for the wrong verdict. */ wrongFeedback: GiftText | null; rightFeedback: GiftText | null }
    | { type: 'short-answer'; answers: GiftAnswer[] }
    | { type: 'numerical'; answers: GiftNumber[]; /** The "~#…" feedback for any other number. */ otherFeedback: GiftText | null }
    | { type: 'matching'; pairs: GiftPair[] }
    | { type: 'essay' }
    | { type: 'description' }
  );

export type GiftQuestionType = GiftQuestion['type'];

/** A mistake that stops the file from being read, where it is. */
export interface GiftIssue {
  at: Position;
  message: string;
}
