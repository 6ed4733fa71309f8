import type { Position } from '@/lib/check';

import type { GiftIssue, GiftQuestion } from './gift-question';
import { parseGiftQuestion } from './parse-gift-question';
import { splitGiftSource } from './split-gift-source';

export interface GiftFile {
  questions: GiftQuestion[];
  /** Every "$CATEGORY:" in the file, in order. */
  categories: { name: string; at: Position }[];
  /** What stops the file from being read; one at most per question. */
  errors: GiftIssue[];
}

/** Reads a whole GIFT file: every question, category and syntax error, with its line and column. */
export function parseGift(source: string): GiftFile {
  const file: GiftFile = { questions: [], categories: [], errors: [] };
  let category: string | null = null;
  for (const item of splitGiftSource(source)) {
    if (item.kind === 'category') {
      category = item.name;
      file.categories.push({ name: item.name, at: item.at });
      continue;
    }
    const parsed = parseGiftQuestion(item.block, category);
    if (parsed.ok) file.questions.push(parsed.question);
    else file.errors.push(parsed.error);
  }
  return file;
}
