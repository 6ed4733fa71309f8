import { describe, expect, it } from 'vitest';

import { type DraftResult, planDraftWrite, serializeDraft } from '@/lib/drafting';

const DRAFT: DraftResult = {
  set: {
    title: 'T (draft)',
    article: 'a',
    mode: 'practice',
    assessment: false,
    questions: [{ id: 'when-1', kind: 'date', prompt: 'When?', points: 1, answer: '2024-03-04', accept: [], explanation: 'E.', evidence: ['x'] }],
  } as unknown as DraftResult['set'],
  notes: {},
  skipped: [],
  counts: { whoSaid: 0, date: 1 },
};
const drafted = serializeDraft(DRAFT);

describe('planDraftWrite: what content:draft does with the file already at its target', () => {
  it.each([
    ['no file', null, false, { action: 'write' }],
    ['a set with an empty question list', 'title: Mine\narticle: a\nmode: test\nquestions: []\n', false, { action: 'fill', keep: { title: 'Mine', mode: 'test' } }],
    ['a set with no questions field', 'title: Mine\naudience: Grade 8\n', true, { action: 'fill', keep: { title: 'Mine', audience: 'Grade 8' } }],
    ['an empty file', '', false, { action: 'fill', keep: {} }],
    ['an untouched draft, with --force', drafted, true, { action: 'write' }],
    ['an untouched draft saved with CRLF line ends, with --force', drafted.replace(/\n/g, '\r\n'), true, { action: 'write' }],
  ])('%s: %j', (_name, existing, force, plan) => {
    expect(planDraftWrite(existing, force, 'sets/a.yaml')).toEqual(plan);
  });

  it.each([
    ['an untouched draft, without --force', drafted, false, 'sets/a.yaml already exists, a draft nobody has edited: redraft it with --force'],
    ['an edited draft, with --force', drafted.replace('When?', 'When did it happen?'), true, 'sets/a.yaml already has questions you wrote or edited: content:draft never overwrites them, even with --force'],
    ['a draft whose draft line was deleted, with --force', drafted.split('\n').filter((line) => !line.startsWith('# DRAFT')).join('\n'), true, 'already has questions you wrote or edited'],
    ['a teacher’s set with questions, with --force', 'title: Mine\narticle: a\nmode: test\nquestions:\n  - id: q\n', true, 'already has questions you wrote or edited'],
    ['a file that is not YAML', 'title: [unclosed\n', true, 'is not a question set the drafter can read'],
  ])('refuses %s', (_name, existing, force, reason) => {
    const plan = planDraftWrite(existing, force, 'sets/a.yaml');
    expect(plan.action).toBe('refuse');
    expect(plan.action === 'refuse' && plan.reason).toContain(reason);
  });
});
