import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { newSetFileText } from '@/lib/authoring';
import { SET_SCHEMA_LINE, questionSetSchema } from '@/lib/content';

describe('newSetFileText', () => {
  const text = newSetFileText('Xi Jinping in Russia: What China Really Wants From Putin', 'xi-in-moscow');

  it('starts with the schema line', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/question-set.schema.json');
    expect(SET_SCHEMA_LINE).toBe(text.split('\n')[0]);
  });

  it.each([
    ['a plain title', 'A title'],
    ['a title with a colon', 'Xi Jinping in Russia: What China Really Wants From Putin'],
    ['a title with quotes and a hash', '“Yes” # no'],
  ])('names the article and has no questions yet, for %s', (_name, title) => {
    expect(parse(newSetFileText(title, 'an-id'))).toEqual({ title, article: 'an-id', mode: 'practice', questions: [] });
  });

  it('fails the schema only for having no questions', () => {
    const result = questionSetSchema.safeParse(parse(text));
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['questions', 'a set needs at least one question']]);
  });

  it('shows, in a comment, a complete question that passes the schema once uncommented', () => {
    const comment = text
      .split('\n')
      .filter((line) => line.startsWith('#') && line !== SET_SCHEMA_LINE)
      .map((line) => line.replace(/^# ?/, ''));
    const example = comment.slice(comment.indexOf('questions:')).join('\n');
    const data = parse(`title: T\narticle: a\nmode: practice\n${example}`);
    const result = questionSetSchema.safeParse(data);
    expect(result.success).toBe(true);
    expect(result.data?.questions[0]).toMatchObject({ kind: 'who-said', explanation: expect.any(String), evidence: [expect.any(String)] });
  });
});
