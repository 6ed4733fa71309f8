/**
 * YAML slips as a teacher makes them by hand, each in a file of its own in
 * tests/fixtures/yaml-mistakes, with exactly what content:check says: the
 * line and column where the slip is, what it is, and what to write instead.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkLibrary, type ContentFile } from '@/lib/check';
import { findYamlMistakes } from '@/lib/check/yaml-mistakes';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/yaml-mistakes');
const seedArticle: ContentFile = {
  path: 'content/articles/xi-jinping-in-russia.md',
  bytes: fs.readFileSync(path.join(root, 'content/articles/xi-jinping-in-russia.md')),
};

/** Checks one fixture as content:check does, beside the seed article (an article fixture stands in for it). */
function problemsOf(name: string): string[] {
  const bytes = fs.readFileSync(path.join(fixtures, name));
  const target = name.endsWith('.md') ? seedArticle.path : `content/sets/${name}`;
  const files = name.endsWith('.md') ? [{ path: target, bytes }] : [seedArticle, { path: target, bytes }];
  return checkLibrary(files).problems.filter((p) => p.file === target).map((p) => `${p.line}:${p.column}: ${p.severity}: ${p.message}`);
}

/** Each fixture, with exactly what the checker must say about it. */
const CASES: [string, string[]][] = [
  ["article-colon-in-title.md", [
    "2:8: error: the value of \"title\" contains \": \", which YAML reads as the start of a field; put the value in quotes: title: \"Xi Jinping in Russia: What China Really Wants From Putin\"",
  ]],
  ["article-field-three-spaces.md", [
    "9:4: error: \"credit\" is indented by 3 spaces, but \"caption\" on line 7 by 2; fields that belong together line up: indent \"credit\" by 2 spaces",
  ]],
  ["colon-in-a-list-item.yaml", [
    "12:9: error: questions[0].evidence[0]: should be text, not a group of fields; the \": \" in it makes YAML read \"Chinese leader Xi Jinping landed in Moscow on Monday\" as a field name: put the whole text in quotes: \"Chinese leader Xi Jinping landed in Moscow on Monday: the first sentence\"",
  ]],
  ["colon-in-prompt.yaml", [
    "8:13: error: the value of \"prompt\" contains \": \", which YAML reads as the start of a field; put the value in quotes: prompt: 'Who said: \"We will win\"?'",
  ]],
  ["colon-in-title.yaml", [
    "2:8: error: the value of \"title\" contains \": \", which YAML reads as the start of a field; put the value in quotes: title: \"Xi in Moscow: what China wants\"",
  ]],
  ["dash-before-a-field.yaml", [
    "9:5: error: this line starts with a dash, which makes it an item of a list, but \"prompt\" on line 8 is a field, not an item of a list; remove the \"- \" and indent the line by 4 spaces: answer: Moscow",
  ]],
  ["field-at-the-dash.yaml", [
    "10:3: error: \"explanation\" is indented by 2 spaces, but \"answer\" on line 9 by 4; fields that belong together line up: indent \"explanation\" by 4 spaces",
  ]],
  ["field-one-space-too-many.yaml", [
    "9:6: error: \"answer\" is indented by 5 spaces, but \"prompt\" on line 8 by 4; fields that belong together line up: indent \"answer\" by 4 spaces",
  ]],
  ["field-three-spaces.yaml", [
    "8:4: error: \"prompt\" is indented by 3 spaces, but \"kind\" on line 7 by 4; fields that belong together line up: indent \"prompt\" by 4 spaces",
  ]],
  ["fields-not-under-id.yaml", [
    "7:7: error: \"kind\" is indented by 6 spaces, but \"id\" on line 6, after its dash, stands 4 spaces in; the fields of a list item line up with the first one after its dash: indent \"kind\" by 4 spaces",
  ]],
  ["missing-colon.yaml", [
    "8:5: error: this line is not a field: write the field's name, a colon and a space, then its value, like \"prompt: Where did Xi land?\"",
  ]],
  ["missing-dash-at-the-list.yaml", [
    "13:3: error: this line is lined up with the dash of the list item on line 6, but has no dash; each item of a list starts with \"- \": if a new item starts here, start it with a dash indented by 2 spaces: - id: day",
  ]],
  ["missing-dash-in-evidence.yaml", [
    "13:7: error: this line is lined up with the dash of the list item on line 12, but has no dash; each item of a list starts with \"- \": if a new item starts here, start it with a dash indented by 6 spaces: - \"Xi Jinping landed in Moscow on Monday\"",
  ]],
  ["missing-dash.yaml", [
    "14:5: error: \"id\" is written again with no dash before it, so YAML reads it as a second \"id\" of the item on line 6; each item of a list starts with \"- \": if a new item starts here, start it with a dash indented by 2 spaces: - id: day",
  ]],
  ["question-dash-three-spaces.yaml", [
    "14:4: error: this item's dash is indented by 3 spaces, but the dash of the first item of its list (line 6) by 2; the items of a list line up: indent the dash by 2 spaces and its fields by 4",
  ]],
  ["question-indented-deeper.yaml", [
    "14:5: error: this item's dash is indented by 4 spaces, but the dash of the first item of its list (line 6) by 2; the items of a list line up: indent the dash by 2 spaces and its fields by 4",
  ]],
  ["quote-then-more.yaml", [
    "8:13: error: the value of \"prompt\" starts with a quotation mark, so YAML ends it at the closing mark and cannot read the rest (\"is where Xi landed: true or false?\"); put the whole value in quotes: prompt: '\"Moscow\" is where Xi landed: true or false?'",
  ]],
  ["tab-after-spaces.yaml", [
    "9:3: error: this line is indented with a tab; YAML allows only spaces for indentation: replace the tab with spaces",
  ]],
  ["unclosed-bracket.yaml", [
    "10:14: error: this \"[\" is opened here but never closed; close it with \"]\" at the end of the value",
  ]],
];

describe('content:check on YAML written wrongly by hand', () => {
  it('has a case for every fixture file', () => {
    expect(CASES.map(([name]) => name).sort()).toEqual(fs.readdirSync(fixtures).sort());
  });

  it.each(CASES)('%s', (name, expected) => {
    expect(problemsOf(name)).toEqual(expected);
  });
});

/** What is valid YAML around a slip must not be taken for another: each text has one slip, on the line given. */
const AROUND: [string, string, string][] = [
  ['comments, at the end of a line and on their own', 'title: x # note\nquestions: # all\n  # first\n  - id: a # c\n    kind: b\n   prompt: c\n', '6:4'],
  ['an anchor and an alias', 'a: &x\n  b: 1\nc: *x\n d: 2\n', '4:2'],
  ['a value running over several lines', 'a: one\n  two\n  three\nb: "four\n  five"\nc: [6,\n  7]\n d: 8\n', '8:2'],
  ['block text', 'a: |\n  b: 1\n    c: 2\nd: >-\n  e\n e: 3\n', '6:2'],
  ['a list under its field without indenting', 'a:\n- b: 1\n  c: 2\n- b: 3\nd: 4\n  e: 5\n', '6:3'],
];

describe('the line-by-line reading, around a slip', () => {
  it.each(AROUND)('reads past %s', (_name, text, at) => {
    expect(findYamlMistakes(text).map((m) => `${m.line + 1}:${m.column + 1}`)).toEqual([at]);
  });
});
