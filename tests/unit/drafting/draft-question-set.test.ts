import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { locateQuote, questionSetSchema, SET_SCHEMA_LINE } from '@/lib/content';
import { draftQuestionSet, serializeDraft } from '@/lib/drafting';
import { checkSpeakerName } from '@/lib/names';

import { articleOf, readSeedArticle } from './support';

const seed = readSeedArticle();
const draft = draftQuestionSet(seed);
const articleText = seed.paragraphs.map((p) => p.text).join('\n').toLowerCase();

describe('draftQuestionSet on the seed article', () => {
  it('drafts a set the schema accepts', () => {
    const parsed = questionSetSchema.safeParse(draft.set);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(draft.set).toMatchObject({ title: `${seed.meta.title} (draft)`, article: 'xi-jinping-in-russia', mode: 'practice' });
    expect(draft.counts).toEqual({ whoSaid: 14, date: 13 });
  });

  it('quotes the article word for word: every quote and every evidence passage is found by locateQuote', () => {
    const passages = draft.set.questions.flatMap((q) => [...q.evidence, ...(q.kind === 'who-said' ? [q.quote] : [])]);
    expect(passages.filter((p) => locateQuote(seed.paragraphs, p) === null)).toEqual([]);
  });

  it('offers only speakers named verbatim in the article, the answer among them', () => {
    for (const q of draft.set.questions) {
      if (q.kind !== 'who-said') continue;
      expect(q.speakers.filter((s) => !articleText.includes(s.toLowerCase()))).toEqual([]);
      expect(q.speakers).toContain(q.answer);
      expect(q.speakers.length).toBeGreaterThanOrEqual(2);
      expect(q.speakers.length).toBeLessThanOrEqual(4);
    }
  });

  it('offers only speakers content:check takes for names the article uses', () => {
    const speakers = draft.set.questions.flatMap((q) => (q.kind === 'who-said' ? q.speakers : []));
    expect(speakers.filter((s) => !checkSpeakerName(s, seed.paragraphs).named)).toEqual([]);
  });

  it('gives each date question the sentence that holds its answer, or the relative words its answer resolves', () => {
    for (const q of draft.set.questions) {
      if (q.kind !== 'date') continue;
      const written = /so “(.+?)” means/.exec(q.explanation)?.[1] ?? q.answer;
      expect(q.evidence).toHaveLength(1);
      expect(q.evidence[0]).toContain(written);
      expect(q.prompt).toContain('____');
      expect(q.prompt).not.toContain(` ${written} `);
    }
  });

  it('leaves out the scare quotes and says so', () => {
    expect(draft.skipped.map((s) => [s.paragraph, s.quote])).toEqual([
      [1, 'no-limits'],
      [10, 'hunting rifles'],
      [10, 'dual-use equipment'],
    ]);
  });

  it('writes YAML that starts with the schema and draft lines and reads back as the same set', () => {
    const text = serializeDraft(draft);
    const [first, second] = text.split('\n');
    expect(first).toBe(SET_SCHEMA_LINE);
    expect(first).toBe('# yaml-language-server: $schema=../schemas/question-set.schema.json');
    expect(second).toMatch(/^# DRAFT/);
    expect(parse(text)).toEqual(draft.set);
    expect(questionSetSchema.safeParse(parse(text)).success).toBe(true);
  });

  it('puts each note for the teacher above its question as a comment', () => {
    const text = serializeDraft(draft);
    for (const [id, note] of Object.entries(draft.notes)) {
      expect(text).toContain(`# Check: ${note}\n  - id: "${id}"`);
    }
  });
});

describe('draftQuestionSet on small articles', () => {
  it.each([
    ['nothing to ask', 'The weather was fine.', { whoSaid: 0, date: 0 }],
    ['a date only', 'The talks began on Tuesday.', { whoSaid: 0, date: 1 }],
    ['one speaker and nobody else to offer', '“We will win,” Jane Doe said.', { whoSaid: 0, date: 0 }],
    ['two speakers', '“We will win,” Jane Doe said.\n\n“We will not,” John Roe said.', { whoSaid: 2, date: 0 }],
    ['a speaker and a person only named', 'Jane Doe met John Roe.\n\n“We will win,” Doe said.', { whoSaid: 1, date: 0 }],
  ])('%s', (_name, markdown, counts) => {
    expect(draftQuestionSet(articleOf(markdown)).counts).toEqual(counts);
  });

  it('asks about each paragraph of a statement quoted over several paragraphs, the body before the title offered as a speaker', () => {
    const { set } = draftQuestionSet(articleOf("The following is a statement from NASA Administrator Sean O'Keefe:\n\n“Today we mourn seven explorers.\n\n“They knew the risks.\n\n“We will go on.”"));
    expect(set.questions.flatMap((q) => (q.kind === 'who-said' ? [[q.quote, q.answer, q.speakers]] : []))).toEqual([
      ['Today we mourn seven explorers', "Sean O'Keefe", ['NASA', "Sean O'Keefe"]],
      ['They knew the risks', "Sean O'Keefe", ["Sean O'Keefe", 'NASA']],
      ['We will go on', "Sean O'Keefe", ['NASA', "Sean O'Keefe"]],
    ]);
    expect(set.questions[2]?.evidence).toEqual(['“We will go on.”', "The following is a statement from NASA Administrator Sean O'Keefe:"]);
  });

  it('asks about both halves of a split quote, the second with a note that it carries on the first', () => {
    const { set, notes } = draftQuestionSet(articleOf('“We will win,” Jane Doe said. “There is no doubt.”\n\n“We will not,” John Roe said.'));
    expect(set.questions.map((q) => (q.kind === 'who-said' ? [q.quote, q.answer] : null))).toEqual([
      ['We will win', 'Jane Doe'],
      ['There is no doubt', 'Jane Doe'],
      ['We will not', 'John Roe'],
    ]);
    expect(Object.keys(notes)).toEqual(['who-said-2']);
  });

  it('offers the people and bodies named nearest, never the answer under another name', () => {
    const markdown = [
      'WASHINGTON — Under Secretary of State for Political Affairs Wendy Sherman met Foreign Minister Mohammad Javad Zarif and the European Union’s Catherine Ashton.',
      '“We made progress,” Sherman said.',
      'The State Department said the talks would resume.',
    ].join('\n\n');
    const [question] = draftQuestionSet(articleOf(markdown)).set.questions;
    expect(question?.kind === 'who-said' && [question.answer, question.speakers]).toEqual(['Wendy Sherman', ['Catherine Ashton', 'European Union', 'Mohammad Javad Zarif', 'Wendy Sherman']]);
  });

  it('asks for the day “today” means, from the date of publication, and never takes “today” for an answer', () => {
    const { set, notes } = draftQuestionSet(articleOf('The agency said today that the launch had been a success.'));
    expect(set.questions).toEqual([
      expect.objectContaining({ kind: 'date', answer: 'Monday, March 20, 2023', accept: ['Monday', 'March 20'], date: '2023-03-20', prompt: expect.stringContaining('on what day') }),
    ]);
    expect(questionSetSchema.safeParse(set).success).toBe(true);
    expect(Object.values(notes)).toEqual(['“today” read as Monday, March 20, 2023: the day of publication']);
  });

  it('explains a body as prose names it', () => {
    const { set } = draftQuestionSet(articleOf('“No comment,” Jane Doe said.\n\nThe Chinese foreign ministry urged the court to uphold “an objective stance.”'));
    const body = set.questions.find((q) => q.kind === 'who-said' && q.answer === 'Chinese foreign ministry');
    expect(body?.explanation).toBe('The article attributes this to the Chinese foreign ministry: “The Chinese foreign ministry urged the court to uphold…”.');
  });
});
