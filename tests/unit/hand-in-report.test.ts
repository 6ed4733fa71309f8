import { describe, expect, it } from 'vitest';

import type { PublicQuestion } from '@/lib/content';
import { buildHandInReport, formatSubmittedAt, type ReportInput, reportText, verdictOf } from '@/lib/results';
import type { QuestionResult } from '@/lib/answers';

const questions: PublicQuestion[] = [
  { id: 'city', kind: 'short-text', prompt: 'Where did Xi land?', points: 1, typos: true },
  { id: 'claim', kind: 'claim', prompt: 'True, false or not stated?', points: 1, claim: 'A ceasefire was signed.' },
  { id: 'speakers', kind: 'match-speakers', prompt: 'Who said each?', points: 2, quotes: ['Peace now', 'Not yet'], speakers: ['Xi', 'Putin'] },
  { id: 'steps', kind: 'order', prompt: 'Put in order', points: 1, items: ['b', 'a', 'c'] },
  { id: 'blank', kind: 'short-text', prompt: 'How long was the visit?', points: 1, typos: true },
  { id: 'unscored', kind: 'short-text', prompt: 'Checked later', points: 1, typos: true },
  { id: 'paired', kind: 'claim', prompt: 'And which sentence shows it?', points: 1, claim: 'Xi landed on Monday.', cite: { prompt: 'Which sentence shows it?', points: 1 } },
];

const result = (id: string, points: number, maxPoints: number, correctAnswer: QuestionResult['correctAnswer'], evidence: QuestionResult['evidence'] = []): QuestionResult => ({
  id,
  correct: points === maxPoints,
  points,
  maxPoints,
  correctAnswer,
  explanation: `Why ${id}`,
  evidence,
});

const input: ReportInput = {
  set: { id: 'xi-in-moscow', title: 'Xi in Moscow', questions },
  articleTitle: 'Xi lands in Moscow',
  answers: { city: '  MOSCOW ', claim: 'true', speakers: { '0': 'Xi', '1': 'Xi' }, steps: ['a', 'c', 'b'], paired: 'true' },
  citations: { paired: ['1.2'] },
  results: {
    city: result('city', 1, 1, 'Moscow', [{ quote: 'landed in Moscow', paragraph: 1 }]),
    claim: result('claim', 0, 1, 'not-stated', [{ quote: 'no ceasefire', paragraph: 4 }, { quote: 'somewhere', paragraph: null }, { quote: 'ceasefire', paragraph: 4 }]),
    speakers: result('speakers', 1, 2, { '0': 'Xi', '1': 'Putin' }, [{ quote: 'landed in Moscow', paragraph: 1 }]),
    steps: result('steps', 0.5, 1, ['a', 'b', 'c'], [{ quote: 'first a', paragraph: 2 }]),
    blank: result('blank', 0, 1, 'three days'),
    paired: {
      ...result('paired', 1.5, 2, 'true'),
      parts: { a: { correct: true, points: 1, maxPoints: 1 }, b: { correct: false, points: 0.5, maxPoints: 1, correctAnswer: ['1.1'] } },
    },
  },
  lastScore: { score: 2.5, maxScore: 6, at: '2026-11-30T21:55:00.000Z' },
};

describe('verdictOf', () => {
  it.each([
    [{ correct: true, points: 1 }, 'right'],
    [{ correct: false, points: 0.33 }, 'partly-right'],
    [{ correct: false, points: 0 }, 'wrong'],
  ] as const)('%j is %s', (scored, verdict) => expect(verdictOf(scored)).toBe(verdict));
});

describe('buildHandInReport', () => {
  const report = buildHandInReport(input);

  it('has a row for every scored question, numbered as on the page, and none for the others', () => {
    expect(report.rows.map((r) => [r.number, r.verdict, r.points, r.maxPoints])).toEqual([
      [1, 'Correct', 1, 1],
      [2, 'Not right', 0, 1],
      [3, 'Partly right', 1, 2],
      [4, 'Partly right', 0.5, 1],
      [5, 'Not right', 0, 1],
      [7, 'Partly right', 1.5, 2],
    ]);
  });

  it.each([
    ['city', ['MOSCOW'], null],
    ['claim', ['True'], ['Not stated in the article']],
    ['speakers', ['“Peace now” — Xi', '“Not yet” — Xi'], ['“Peace now” — Xi', '“Not yet” — Putin']],
    ['steps', ['1. a', '2. c', '3. b'], ['1. a', '2. b', '3. c']],
    ['blank', [], ['three days']],
  ])('shows %s as the student answered it, and the right answer when it was not right', (id, answer, rightAnswer) => {
    const row = report.rows[questions.findIndex((q) => q.id === id)];
    expect(row?.answer).toEqual(answer);
    expect(row?.rightAnswer).toEqual(rightAnswer);
  });

  it('reports a paired question’s Part B on its own: its verdict, points, the sentences chosen and the right ones', () => {
    const row = report.rows.at(-1);
    expect(row?.rightAnswer).toBeNull();
    expect(row?.partB).toEqual({ verdict: 'Partly right', points: 0.5, maxPoints: 1, answer: ['paragraph 1, sentence 2'], rightAnswer: ['paragraph 1, sentence 1'] });
  });

  it('cites each passage once, in the order of the article, unplaced ones last, leaving out a passage another contains', () => {
    expect(report.citations).toEqual([
      { paragraph: 1, quote: 'landed in Moscow' },
      { paragraph: 2, quote: 'first a' },
      { paragraph: 4, quote: 'no ceasefire' },
      { paragraph: null, quote: 'somewhere' },
    ]);
  });

  it.each([
    [2.5, 6, 42],
    [7.66, 38, 20],
    [0, 0, 0],
  ])('scores %d of %d as %d%%', (score, maxScore, percent) => {
    expect(buildHandInReport({ ...input, lastScore: { score, maxScore, at: input.lastScore.at } }).percent).toBe(percent);
  });
});

describe('reportText', () => {
  it('reads as plain text, line by line, its time in UTC so it is the same text wherever it is made', () => {
    expect(reportText(buildHandInReport(input), { code: '7K3MP-9XQ2A-D4HWC-9TZ0B' })).toBe(
      [
        'Close Reader: Xi in Moscow',
        'Set: xi-in-moscow',
        'Article: Xi lands in Moscow',
        'Submitted: 2026-11-30 21:55:00 UTC',
        'Score: 2.5 of 6 (42%)',
        'Verification code: 7K3MP-9XQ2A-D4HWC-9TZ0B',
        '',
        '1. Where did Xi land?',
        '   Correct: 1 of 1 point',
        '   Your answer: MOSCOW',
        '2. True, false or not stated?',
        '   Not right: 0 of 1 point',
        '   Your answer: True',
        '   Right answer: Not stated in the article',
        '3. Who said each?',
        '   Partly right: 1 of 2 points',
        '   Your answer: “Peace now” — Xi; “Not yet” — Xi',
        '   Right answer: “Peace now” — Xi; “Not yet” — Putin',
        '4. Put in order',
        '   Partly right: 0.5 of 1 point',
        '   Your answer: 1. a; 2. c; 3. b',
        '   Right answer: 1. a; 2. b; 3. c',
        '5. How long was the visit?',
        '   Not right: 0 of 1 point',
        '   Your answer: (none)',
        '   Right answer: three days',
        '7. And which sentence shows it?',
        '   Partly right: 1.5 of 2 points',
        '   Your answer: True',
        '   Part B: Partly right: 0.5 of 1 point',
        '   Your sentences: paragraph 1, sentence 2',
        '   Right sentences: paragraph 1, sentence 1',
        '',
        'From the article:',
        '¶1 “landed in Moscow”',
        '¶2 “first a”',
        '¶4 “no ceasefire”',
        '“somewhere”',
        '',
        'End of hand-in.',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['without a seal, as the server signs it: no verification line', undefined, null],
    ['with a code', { code: 'ABCDE-FGHJK-MNPQR-STVWX' }, 'Verification code: ABCDE-FGHJK-MNPQR-STVWX'],
    ['unverified, saying why', { unverified: 'these results were changed after scoring.' }, 'Unverified: these results were changed after scoring.'],
  ])('%s', (_name, seal, line) => {
    const lines = reportText(buildHandInReport(input), seal).split('\n');
    expect(lines[5]).toBe(line ?? '');
  });

  it('says where a launched student’s score went, under the score', () => {
    const lines = reportText(buildHandInReport({ ...input, grade: { status: 'sent', attempt: 1, attempts: 2, to: 'History 101' } })).split('\n');
    expect(lines[5]).toBe('Your score was sent to History 101. Attempt 1 of 2.');
  });

  it.each([
    ['en-GB', 'Europe/London', '30 November 2026 at 21:55'],
    ['en-US', 'America/New_York', 'November 30, 2026 at 4:55 PM'],
    ['fr', 'Europe/Paris', '30 novembre 2026 à 22:55'],
  ])('dates the submission in the reader’s language and time zone (%s, %s)', (locale, timeZone, expected) => {
    expect(formatSubmittedAt(new Date(input.lastScore.at), { locale, timeZone })).toBe(expected);
  });
});

describe('buildHandInReport with a numeric and a matching question', () => {
  const report = buildHandInReport({
    set: {
      id: 'xi-in-moscow',
      title: 'Xi in Moscow',
      questions: [
        { id: 'days', kind: 'numeric', prompt: 'How many days?', points: 1, unit: 'days' },
        { id: 'roles', kind: 'matching', prompt: 'Match each person', points: 1, items: ['Peskov', 'Chernyshenko'], matches: ['Deputy prime minister', 'Spokesperson'] },
      ],
    },
    articleTitle: 'Xi lands in Moscow',
    answers: { days: 'two days', roles: { '0': 'Deputy prime minister' } },
    citations: {},
    results: { days: result('days', 0, 1, '3 days'), roles: result('roles', 0, 1, { '0': 'Spokesperson', '1': 'Deputy prime minister' }) },
    lastScore: { score: 0, maxScore: 2, at: '2026-11-30T21:55:00.000Z' },
  });

  it('shows the number as typed and the right one with its unit, and each item with its match', () => {
    expect(report.rows.map((r) => [r.answer, r.rightAnswer])).toEqual([
      [['two days'], ['3 days']],
      [
        ['Peskov → Deputy prime minister', 'Chernyshenko → no match chosen'],
        ['Peskov → Spokesperson', 'Chernyshenko → Deputy prime minister'],
      ],
    ]);
  });
});
