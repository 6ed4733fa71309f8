import path from 'node:path';

import { slugify } from '@/lib/authoring';
import { type Article, PLACEHOLDER_EXPLANATION, questionSchema, type FeedbackMode, type QuestionKind, type Position } from '@/lib/content';
import { describePath } from '@/lib/check';

import { convertGiftQuestion, type Read } from './convert-gift';
import { type GiftIssue, type GiftQuestion, type GiftQuestionType, parseGift } from './parse-gift';
import { toPlainText } from './to-plain-text';

/** What an imported question says when Moodle gave it no feedback; importGift warns about every one. */
export { PLACEHOLDER_EXPLANATION };

export interface GiftImport {
  /** The set as it is written: no defaults filled in, no evidence. */
  set: { title: string; article: string; mode: FeedbackMode; questions: Record<string, unknown>[] };
  /** Each with the line of the GIFT file it came from, the GIFT type it was, and what the teacher should check, one sentence a note. */
  imported: { id: string; kind: QuestionKind; type: GiftQuestionType; line: number; notes: string[] }[];
  skipped: { type: GiftQuestionType; at: Position }[];
  /** Syntax errors; when there is any, nothing is imported. */
  errors: GiftIssue[];
  /** Everything that did not carry over exactly, skipped questions included, in file order. */
  warnings: GiftIssue[];
}

export interface GiftImportOptions {
  article: Article;
  /** The GIFT file's name, for the default title. */
  file: string;
  title?: string;
  mode?: FeedbackMode;
}

type Placed = { ok: true; question: Record<string, unknown>; kind: QuestionKind; warnings: GiftIssue[] } | { ok: false; reason: string; at?: Position };

/** One GIFT question as a question of the app, with its explanation and id, checked by the schema. */
function importQuestion(q: GiftQuestion, article: Article, ids: ReadonlySet<string>, n: number): Placed {
  const dropped = new Set<string>();
  const read: Read = (text) => {
    const plain = toPlainText(text);
    if (plain.dropped) dropped.add(text.format === 'markdown' ? 'Markdown' : 'HTML');
    return plain.text;
  };
  const converted = convertGiftQuestion(q, read, article);
  if (!converted.ok) return converted;
  const warnings = [...converted.warnings];
  const explanation = composeExplanation(q.generalFeedback && read(q.generalFeedback), converted.feedback);
  if (explanation === null) {
    warnings.push({ at: q.at, message: 'Moodle gave this question no feedback (#… or ####…) to use as its explanation; a placeholder stands in for it: replace it' });
  }
  if (dropped.size > 0) {
    warnings.unshift({ at: q.at, message: `its ${[...dropped].join(' and ')} formatting was dropped: the app shows questions as plain text` });
  }
  const { fields } = converted;
  const id = questionId(q.title, String(fields.kind === 'claim' ? fields.claim : fields.prompt), ids, n);
  const question = { id, ...fields, explanation: explanation ?? PLACEHOLDER_EXPLANATION };
  const checked = questionSchema.safeParse(question);
  const [issue] = checked.success ? [] : checked.error.issues;
  if (issue) return { ok: false, reason: `as ${fields.kind} it would break a rule of the set file: ${describePath(issue.path)}: ${issue.message}` };
  return { ok: true, question, kind: fields.kind, warnings };
}

/**
 * Converts a GIFT file into a question set for one article: every question
 * the app has a kind for, with what did not carry over said as a warning
 * at its line and column, and every other question skipped with a warning.
 */
export function importGift(source: string, { article, file, title, mode = 'practice' }: GiftImportOptions): GiftImport {
  const gift = parseGift(source);
  const set = { title: title ?? importedSetTitle(gift.categories, file), article: article.id, mode, questions: [] as Record<string, unknown>[] };
  const result: GiftImport = { set, imported: [], skipped: [], errors: gift.errors, warnings: [] };
  if (gift.errors.length > 0) return result;

  gift.questions.forEach((q, i) => {
    const placed = importQuestion(q, article, new Set(result.imported.map((taken) => taken.id)), i + 1);
    if (!placed.ok) {
      result.skipped.push({ type: q.type, at: q.at });
      result.warnings.push({ at: placed.at ?? q.at, message: `skipped (${q.type}): ${placed.reason}` });
      return;
    }
    const id = String(placed.question.id);
    set.questions.push(placed.question);
    result.imported.push({ id, kind: placed.kind, type: q.type, line: q.at.line, notes: placed.warnings.map((w) => w.message) });
    result.warnings.push(...placed.warnings.map((w) => ({ at: w.at, message: `"${id}": ${w.message}` })));
  });
  result.warnings.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  return result;
}

/** A part that does not end as a sentence does ("stopped short.” counts; “stopped short” does not) gets a full stop. */
const ended = (text: string) => (/[.!?…]["'”’»)\]]*$/.test(text) ? text : `${text}.`);

/**
 * One explanation from a question's feedback: the general feedback ("####")
 * first, then each answer's own feedback labelled with its answer, each part
 * ending as a sentence. Null when there is no feedback at all.
 */
export function composeExplanation(general: string | null, perAnswer: readonly string[]): string | null {
  const parts = [general, ...perAnswer].filter((part): part is string => part !== null && part.trim() !== '');
  return parts.length === 0 ? null : parts.map((part) => ended(part.trim())).join(' ');
}

/**
 * An id for an imported question, unique among those taken: from its GIFT
 * title ("::Capital city::" → "capital-city"), else from the first words of
 * its text, else "question-<n>"; "-2", "-3"… when the id is taken.
 */
export function questionId(title: string | null, text: string, taken: ReadonlySet<string>, n: number): string {
  const base = slugify(title ?? '', 40) || slugify(text, 40) || `question-${n}`;
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  return id;
}

/** The last real part of a Moodle category: "$course$/top/Week 3/Reading" → "Reading". */
export function categoryTitle(category: string): string | null {
  const parts = category.split('/').map((part) => part.trim());
  return parts.filter((part) => part !== '' && part.toLowerCase() !== 'top' && !/^\$[a-z0-9]+\$$/i.test(part)).at(-1) ?? null;
}

const baseName = (file: string) => path.basename(file).replace(/\.(?:gift|txt)$/i, '');

/** The set's title: the first category's name, else the file's name in words ("week-3_quiz.gift" → "Week 3 quiz"). */
export function importedSetTitle(categories: readonly { name: string }[], file: string): string {
  const fromCategory = categories.map((c) => categoryTitle(c.name)).find((title) => title !== null);
  if (fromCategory) return fromCategory;
  const words = baseName(file).replace(/[-_\s]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Imported questions';
}

/** The set's id, its file name in content/sets: from the GIFT file's name ("Week 3 quiz.gift" → "week-3-quiz"); "" when nothing Latin is left. */
export function importedSetId(file: string): string {
  return slugify(baseName(file));
}
