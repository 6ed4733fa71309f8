import type { Article } from '@/lib/content';
import { quoteProblems, type Path } from '@/lib/check';

import { shown, type Converted } from './gift-conversion';
import type { GiftQuestion, GiftText } from './gift-question';

type Matching = Extract<GiftQuestion, { type: 'matching' }>;

const QUOTE_MARKS = /^["“”„‘’'«»]+|["“”„‘’'«»]+$/g;

/**
 * Matching becomes `match-speakers` when it is one: every item a quotation
 * (three words or more) found word for word in the article and every answer
 * a person the article names, checked by content:check's own rule. Extra
 * answers (an empty item) become distractors. Any other matching question is
 * skipped: the app has no general matching kind.
 */
export function convertMatching(q: Matching, read: (text: GiftText) => string, article: Article): Converted {
  // Moodle reads the answers of a matching question as plain text.
  const all = q.pairs.map((p) => ({ quote: read(p.item).replace(QUOTE_MARKS, '').trim(), speaker: read({ text: p.match, format: 'plain' }) }));
  const pairs = all.filter((p) => p.quote !== '');
  const distractors = [...new Set(all.filter((p) => p.quote === '').map((p) => p.speaker))].filter((d) => !pairs.some((p) => p.speaker === d));
  const fields = { kind: 'match-speakers' as const, prompt: read(q.stem), pairs, ...(distractors.length > 0 ? { distractors } : {}) };

  const short = pairs.find((p) => p.quote.split(/\s+/).length < 3);
  if (short) return { ok: false, reason: `matching imports only as match-speakers, whose items are quotations from the article; ${shown(short.quote)} is a word or two, not a quotation` };
  const problems = quoteProblems(fields, [], article);
  const [first] = problems;
  if (!first) return { ok: true, fields, feedback: [], warnings: [] };
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return { ok: false, reason: `matching imports only as match-speakers, whose items are quotations from the article and whose answers are people it names; ${whatIsWrong(first.path, pairs, distractors)}${more}` };
}

/** A problem of quoteProblems, at ["pairs", i, "quote" | "speaker"] or ["distractors", i], in words. */
function whatIsWrong(path: Path, pairs: readonly { quote: string; speaker: string }[], distractors: readonly string[]): string {
  const [field, index, part] = path;
  const pair = field === 'pairs' && typeof index === 'number' ? pairs[index] : undefined;
  if (pair && part === 'quote') return `${shown(pair.quote)} is not found word for word in the article`;
  const speaker = pair?.speaker ?? (typeof index === 'number' ? distractors[index] : undefined) ?? '';
  return `${shown(speaker)} is not named in the article`;
}
