import { collapseWhitespace } from '@/lib/text';

import { GiftSyntaxError } from './answer-pieces';
import type { GiftIssue, GiftQuestion } from './gift-question';
import { readChoices, readPairs, readShortAnswers, readTrueFalse, feedbackText, type AnswerBlock } from './read-answers';
import { readGiftText } from './read-gift-text';
import { readNumericalAnswers } from './read-numerical-answers';
import { restoreEscapes } from './protect-escapes';
import { positionIn, type GiftBlock } from './split-gift-source';

export type ParsedQuestion = { ok: true; question: GiftQuestion } | { ok: false; error: GiftIssue };

const TRUE_FALSE = ['T', 'TRUE', 'F', 'FALSE'];
const BRACES_HINT = 'put a blank line between two questions, or write \\{ and \\} for braces in the text';

/** Where the answer block is: the offsets of its "{" and "}", or null for a description. */
function findAnswerBlock(text: string, from: number): { open: number; close: number } | null {
  const open = text.indexOf('{', from);
  const close = text.indexOf('}', from);
  if (open < 0 && close < 0) return null;
  if (open < 0 || (close >= 0 && close < open)) throw new GiftSyntaxError(close, `a "}" with no "{" before it; ${BRACES_HINT}`);
  if (close < 0) throw new GiftSyntaxError(open, 'this answer block is not closed with "}"; a blank line ends a question, so an answer block cannot hold one');
  const again = text.slice(close + 1).search(/[{}]/);
  if (again >= 0) throw new GiftSyntaxError(close + 1 + again, `a second answer block in one question; ${BRACES_HINT}`);
  return { open, close };
}

/** Moodle's rules: no braces, a description; empty braces, an essay; "#", numerical; "~", multiple choice; "=" and "->", matching; T or F, true-false; else short answer. */
function answerType(text: string): GiftQuestion['type'] {
  const answers = text.trim();
  if (answers === '') return 'essay';
  if (answers.startsWith('#')) return 'numerical';
  if (answers.includes('~')) return 'multiple-choice';
  if (answers.includes('=') && answers.includes('->')) return 'matching';
  return TRUE_FALSE.includes(answers.split('#')[0]?.trim() ?? '') ? 'true-false' : 'short-answer';
}

function readQuestion(block: GiftBlock, category: string | null): GiftQuestion {
  const { text } = block;
  let start = text.search(/\S/);
  const at = positionIn(block, start);
  let title: string | null = null;
  if (text.startsWith('::', start)) {
    const end = text.indexOf('::', start + 2);
    if (end < 0) throw new GiftSyntaxError(start, 'the title is not closed: write it as ::Title:: before the question');
    title = collapseWhitespace(restoreEscapes(text.slice(start + 2, end))).trim() || null;
    start = end + 2;
  }
  const base = { at, title, category };
  const braces = findAnswerBlock(text, start);
  if (!braces) return { ...base, type: 'description', stem: readGiftText(text.slice(start)), missingWord: false, generalFeedback: null };

  const after = text.slice(braces.close + 1);
  const missingWord = after.trim() !== '';
  const stem = readGiftText(text.slice(start, braces.open) + (missingWord ? `_____${after}` : ''));
  const inside = text.slice(braces.open + 1, braces.close);
  const general = inside.lastIndexOf('####');
  const answers: AnswerBlock = { text: general < 0 ? inside : inside.slice(0, general), offset: braces.open + 1, format: stem.format, locate: (offset) => positionIn(block, offset) };
  const question = { ...base, stem, missingWord, generalFeedback: general < 0 ? null : feedbackText(inside.slice(general + 4), stem.format) };
  const type = answerType(answers.text);
  switch (type) {
    case 'essay':
      return { ...question, type };
    case 'numerical':
      return { ...question, type, ...readNumericalAnswers(answers) };
    case 'multiple-choice':
      return { ...question, type, answers: readChoices(answers), single: answers.text.includes('=') };
    case 'matching':
      return { ...question, type, pairs: readPairs(answers) };
    case 'true-false':
      return { ...question, type, ...readTrueFalse(answers) };
    default:
      return { ...question, type: 'short-answer', answers: readShortAnswers(answers) };
  }
}

/** Reads one question from its block of lines, or says what is wrong with it and where. */
export function parseGiftQuestion(block: GiftBlock, category: string | null): ParsedQuestion {
  try {
    return { ok: true, question: readQuestion(block, category) };
  } catch (error) {
    if (!(error instanceof GiftSyntaxError)) throw error;
    return { ok: false, error: { at: positionIn(block, error.offset), message: error.message } };
  }
}
