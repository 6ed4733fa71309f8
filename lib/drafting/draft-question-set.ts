import { locateQuote, type Article, type QuestionOf, type QuestionSetFile } from '@/lib/content';
import { foldLoosely } from '@/lib/text';

import { attributeQuotations } from './attribute-quotations';
import { draftDateQuestions } from './draft-date-questions';
import { draftWhoSaidQuestions, type UnattributedQuotation } from './draft-who-said-questions';
import { buildNameIndex } from '@/lib/names';
import { articleSentences, findQuotations, quotationSpans } from './quotations';

/** A who-said question as a draft writes it: `points` left to its default. */
export type WhoSaidDraft = Omit<QuestionOf<'who-said'>, 'points'>;
/** A date question as a draft writes it: `points` left to its default, `accept` only when there are other forms. */
export type DateDraft = Omit<QuestionOf<'date'>, 'points' | 'accept'> & { accept?: string[] };
type QuestionDraft = WhoSaidDraft | DateDraft;
/** A drafted set, as written to its file. */
// Fields with defaults a draft leaves to the teacher are left out, as a teacher would.
export type QuestionSetDraft = Omit<QuestionSetFile, 'questions' | 'assessment' | 'attempts' | 'keep'> & { questions: QuestionDraft[] };

/** A drafted question before it is numbered and, when it deserves a second look, why. */
export interface Drafted<Q> {
  question: Omit<Q, 'id'>;
  /** Shown to the teacher as a comment above the question. */
  note?: string;
  /** The paragraph (1-based) the question is about, for the summary. */
  paragraph: number;
}

export interface DraftResult {
  set: QuestionSetDraft;
  /** Comments for the teacher, by question id. */
  notes: Record<string, string>;
  /** Quotations that became no question, and why. */
  skipped: UnattributedQuotation[];
  counts: { whoSaid: number; date: number };
}

/** Whether a drafted question would pass the content checks: every quotation found, every speaker named. */
function standsInArticle(question: { evidence: readonly string[]; quote?: string; speakers?: readonly string[] }, article: Article): boolean {
  const passages = [...question.evidence, ...(question.quote !== undefined ? [question.quote] : [])];
  if (passages.some((p) => locateQuote(article.paragraphs, p) === null)) return false;
  const text = foldLoosely(article.paragraphs.map((p) => p.text).join(' '));
  return (question.speakers ?? []).every((s) => text.includes(foldLoosely(s)));
}

function numbered<Q extends QuestionDraft>(drafted: Drafted<Q>[], prefix: string, notes: Record<string, string>): Q[] {
  return drafted.map(({ question, note }, i) => {
    const id = `${prefix}-${i + 1}`;
    if (note) notes[id] = note;
    return { id, ...question } as Q;
  });
}

/**
 * Drafts a practice set from an article: a who-said question for every
 * attributed quotation and a date question for every date or time
 * expression. Pure: the article in, the set and a report out.
 */
export function draftQuestionSet(article: Article): DraftResult {
  const { paragraphs } = article;
  const quotations = findQuotations(paragraphs);
  const sentences = articleSentences(paragraphs, quotations);
  const names = buildNameIndex(paragraphs);
  const attributed = attributeQuotations(paragraphs, quotations, names);
  const who = draftWhoSaidQuestions(paragraphs, sentences, attributed, names);
  // "last month" and "on Monday" are read from noon on the day of publication.
  const dates = draftDateQuestions(paragraphs, sentences, quotationSpans(paragraphs, quotations), new Date(`${article.meta.published}T12:00:00`));

  const skipped = [...who.skipped];
  const keep = <Q extends QuestionDraft>(list: Drafted<Q>[]) =>
    list.filter((d) => {
      if (standsInArticle(d.question, article)) return true;
      skipped.push({ quote: d.question.evidence[0] ?? '', paragraph: d.paragraph, reason: 'the draft did not match the article word for word' });
      return false;
    });
  const notes: Record<string, string> = {};
  const whoSaid = numbered(keep(who.drafted), 'who-said', notes);
  const when = numbered(keep(dates), 'when', notes);
  return {
    set: {
      title: `${article.meta.title} (draft)`,
      article: article.id,
      mode: 'practice',
      questions: [...whoSaid, ...when],
    },
    notes,
    skipped: skipped.sort((a, b) => a.paragraph - b.paragraph),
    counts: { whoSaid: whoSaid.length, date: when.length },
  };
}
