import { describe, expect, it } from 'vitest';

import { parseGift } from '@/lib/gift';

const plain = (text: string) => ({ text, format: 'moodle' });

/** The one question a source holds, with no syntax error. */
function only(source: string) {
  const { questions, errors } = parseGift(source);
  expect(errors).toEqual([]);
  expect(questions).toHaveLength(1);
  return questions[0];
}

describe('parseGift: kinds of question, by Moodle’s rules', () => {
  it.each([
    ['multiple choice, one right answer', "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}", {
      type: 'multiple-choice', single: true, stem: plain("Who's buried in Grant's tomb?"), missingWord: false,
      answers: [{ text: plain('Grant'), weight: 0 }, { text: plain('Jefferson'), weight: 0 }, { text: plain('no one'), weight: 100 }],
    }],
    ['missing word: the answer block in the middle of the text', 'Grant is {~buried =entombed ~living} in Grant’s tomb.', {
      type: 'multiple-choice', stem: plain('Grant is _____ in Grant’s tomb.'), missingWord: true,
    }],
    ['weights in percent signs, negative ones too', 'Q {~%50%a ~%50%b ~%-100%c ~%33.33333%d}', {
      type: 'multiple-choice', single: false, answers: [{ weight: 50 }, { weight: 50 }, { weight: -100 }, { weight: 33.33333 }],
    }],
    ['per-answer feedback after "#"', 'Q {=a#Yes, a. ~b # No. }', {
      answers: [{ text: plain('a'), feedback: plain('Yes, a.') }, { text: plain('b'), feedback: plain('No.') }],
    }],
    ['general feedback after "####"', 'Q {=a ~b ####Because a.}', { generalFeedback: plain('Because a.'), answers: [{ text: plain('a') }, { text: plain('b') }] }],
    ['an empty feedback is none', 'Q {=a# ~b}', { answers: [{ feedback: null }, { feedback: null }] }],
    ['TRUE', 'Q {TRUE}', { type: 'true-false', answer: true, wrongFeedback: null, rightFeedback: null }],
    ['T', 'Q {T}', { type: 'true-false', answer: true }],
    ['FALSE', 'Q {FALSE}', { type: 'true-false', answer: false }],
    ['F with both feedbacks and general feedback', 'Q {F#wrong verdict#right verdict####always}', {
      type: 'true-false', answer: false, wrongFeedback: plain('wrong verdict'), rightFeedback: plain('right verdict'), generalFeedback: plain('always'),
    }],
    ['lower-case "true" is a short answer, as in Moodle', 'Q {true}', { type: 'short-answer', answers: [{ text: plain('true'), weight: 100 }] }],
    ['short answer with alternatives', "Who's buried in Grant's tomb?{=no one =nobody}", {
      type: 'short-answer', answers: [{ text: plain('no one'), weight: 100 }, { text: plain('nobody'), weight: 100 }],
    }],
    ['short answer with a weight and feedback', 'Q {=Paris =%50%France#Close.}', { type: 'short-answer', answers: [{ weight: 100 }, { weight: 50, feedback: plain('Close.') }] }],
    ['short answer without "="', 'Q {Paris}', { type: 'short-answer', answers: [{ text: plain('Paris'), weight: 100 }] }],
    ['matching, with an extra answer', 'Match.{=Canada -> Ottawa =Italy->Rome = -> Paris}', {
      type: 'matching', pairs: [{ item: plain('Canada'), match: 'Ottawa' }, { item: plain('Italy'), match: 'Rome' }, { item: plain(''), match: 'Paris' }],
    }],
    ['numerical, exact', 'When was Grant born?{#1822}', { type: 'numerical', answers: [{ value: { kind: 'exact', number: '1822' }, weight: 100 }], otherFeedback: null }],
    ['numerical, with a margin', 'Q {#1822:5}', { answers: [{ value: { kind: 'tolerance', number: '1822', tolerance: '5' } }] }],
    ['numerical, a range', 'Q {#3.141..3.142}', { answers: [{ value: { kind: 'range', min: '3.141', max: '3.142' } }] }],
    ['numerical, several answers, weights, feedback for any other', 'Q {#\n=1822:0#Yes.\n=%50%1822:2#Close.\n~#No.\n}', {
      type: 'numerical',
      answers: [{ value: { kind: 'tolerance', number: '1822', tolerance: '0' }, weight: 100, feedback: plain('Yes.') }, { weight: 50, feedback: plain('Close.') }],
      otherFeedback: plain('No.'),
    }],
    ['numerical, negative and decimal', 'Q {#=-3 =%50%-2.5e0}', { answers: [{ value: { number: '-3' } }, { value: { number: '-2.5e0' }, weight: 50 }] }],
    ['essay: empty braces', 'Write about it. {}', { type: 'essay', stem: plain('Write about it.') }],
    ['essay with general feedback only', 'Write. {####Any reasoned answer.}', { type: 'essay', generalFeedback: plain('Any reasoned answer.') }],
    ['description: no braces', 'Read the article first.', { type: 'description', stem: plain('Read the article first.') }],
  ])('%s', (_name, source, expected) => {
    expect(only(source)).toMatchObject(expected);
  });
});

describe('parseGift: titles, formats, escapes and layout', () => {
  it.each([
    ['a title', '::Grant::Who is buried here? {T}', { title: 'Grant', stem: plain('Who is buried here?') }],
    ['a title with escaped colons', '::A \\:\\: B::Q {T}', { title: 'A :: B' }],
    ['no title', 'Q {T}', { title: null }],
    ['[markdown] for the question and its answers', '[markdown]Who is **he**? {=*him* ~her}', {
      stem: { text: 'Who is **he**?', format: 'markdown' }, answers: [{ text: { text: '*him*', format: 'markdown' } }, { text: { text: 'her', format: 'markdown' } }],
    }],
    ['[html] after the title', '::T::[html]<p>Q</p>{T####<b>why</b>}', { stem: { text: '<p>Q</p>', format: 'html' }, generalFeedback: { text: '<b>why</b>', format: 'html' } }],
    ['[plain]', '[plain]Q {T}', { stem: { text: 'Q', format: 'plain' } }],
    ['an answer with its own format', 'Q {=[html]<b>a</b> ~b}', { answers: [{ text: { text: '<b>a</b>', format: 'html' } }, { text: { format: 'moodle' } }] }],
    ['an unknown [word] is text', '[note] Q {T}', { stem: plain('[note] Q') }],
    ['escapes in the question and answers', 'Use \\{ and \\} \\: \\~ \\= \\# here {=\\~a\\=b\\#c ~d\\:e}', {
      stem: plain('Use { and } : ~ = # here'), answers: [{ text: plain('~a=b#c') }, { text: plain('d:e') }],
    }],
    ['a line break written as \\n', 'One\\ntwo {T}', { stem: plain('One\ntwo') }],
    ['a question over several lines', '::T::\nFirst line,\nsecond line.\n{\n  =a\n  ~b\n}', { stem: plain('First line,\nsecond line.'), at: { line: 1, column: 1 } }],
    ['comment lines inside a question', 'Q {\n// right:\n=a\n// wrong:\n~b\n}', { answers: [{ text: plain('a'), at: { line: 3, column: 1 } }, { text: plain('b'), at: { line: 5, column: 1 } }] }],
  ])('%s', (_name, source, expected) => {
    expect(only(source)).toMatchObject(expected);
  });

  it('reads a whole file: categories, blank lines, where each question starts', () => {
    const { questions, categories, errors } = parseGift('// A quiz\n$CATEGORY: Week 1\n\n::A::One {T}\n\n\n  Two {F}\n$CATEGORY: Week 2\nThree {=x}');
    expect(errors).toEqual([]);
    expect(categories).toEqual([{ name: 'Week 1', at: { line: 2, column: 1 } }, { name: 'Week 2', at: { line: 8, column: 1 } }]);
    expect(questions.map((q) => [q.at, q.category, q.type])).toEqual([
      [{ line: 4, column: 1 }, 'Week 1', 'true-false'],
      [{ line: 7, column: 3 }, 'Week 1', 'true-false'],
      [{ line: 9, column: 1 }, 'Week 2', 'short-answer'],
    ]);
  });
});

describe('parseGift: syntax errors, with line and column', () => {
  it.each([
    ['an answer block never closed', 'Q {=a ~b', 1, 3, /not closed with "}"/],
    ['a stray closing brace', 'Q } {T}', 1, 3, /a "}" with no "{" before it/],
    ['two answer blocks: a missing blank line', 'A {T}\nB {F}', 2, 3, /a second answer block/],
    ['a title never closed', '  ::Title Q {T}', 1, 3, /the title is not closed/],
    ['text before the first choice', 'Q {a ~b =c}', 1, 4, /text before the first answer/],
    ['one choice only', 'Q {~a}', 1, 4, /at least two answers/],
    ['an empty choice', 'Q {=a ~ ~b}', 1, 7, /an empty answer after "~"/],
    ['a weight above 100%', 'Q {\n  =a\n  ~%150%b\n}', 3, 3, /150% is outside/],
    ['a weight that is not a number', 'Q {~%half%a =b}', 1, 4, /write a weight as a percentage/],
    ['a weight after "=" in multiple choice', 'Q {=%50%a ~b}', 1, 4, /"=" already means 100%/],
    ['a matching pair without "->"', 'Q {=a -> b =c d}', 1, 12, /=item -> match/],
    ['a matching pair with no match', 'Q {=a -> b =c -> }', 1, 12, /nothing after "->"/],
    ['a numerical answer that is not a number', 'Q {#three}', 1, 5, /"three" is not a number/],
    ['a range that ends before it starts', 'Q {#5..3}', 1, 5, /ends before it starts/],
    ['no number at all', 'Q {#}', 1, 4, /needs a number/],
  ])('%s', (_name, source, line, column, message) => {
    const { errors, questions } = parseGift(source);
    expect(questions).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.at).toEqual({ line, column });
    expect(errors[0]?.message).toMatch(message);
  });

  it('says what a blank line inside an answer block does', () => {
    const { errors } = parseGift('Q {\n=a\n\n~b\n}');
    expect(errors.map((e) => [e.at.line, e.at.column, e.message.split(';')[0]])).toEqual([
      [1, 3, 'this answer block is not closed with "}"'],
      [5, 1, 'a "}" with no "{" before it'],
    ]);
    expect(errors[0]?.message).toMatch(/a blank line ends a question/);
  });

  it('reports one error per broken question and keeps reading the others', () => {
    const { errors, questions } = parseGift('A {T}\n\nB {=a ~b\n\nC {F}\n\nD }');
    expect(errors.map((e) => e.at.line)).toEqual([3, 7]);
    expect(questions).toHaveLength(2);
  });
});
