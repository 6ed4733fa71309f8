import { describe, expect, it } from 'vitest';

import { PLACEHOLDER_EXPLANATION, CLAIM_PROMPT, importGift } from '@/lib/gift';

import { loadSeedArticle } from '../support/seed';

const article = loadSeedArticle();
const run = (source: string) => importGift(source, { article, file: 'quiz.gift' });

/** The one question a source imports, and its warnings as "line:column message". */
function importOne(source: string) {
  const result = run(source);
  expect(result.errors).toEqual([]);
  expect(result.set.questions).toHaveLength(1);
  return { question: result.set.questions[0], warnings: result.warnings.map((w) => `${w.at.line}:${w.at.column} ${w.message}`) };
}

describe('importGift: what each GIFT question becomes', () => {
  it.each<[string, string, Record<string, unknown>, RegExp[]]>([
    ['one right answer → single-choice', '::City::Where did Xi land? {=Moscow#Yes. ~Kyiv ####The first sentence.}',
      { id: 'city', kind: 'single-choice', prompt: 'Where did Xi land?', options: ['Moscow', 'Kyiv'], answer: 'Moscow', explanation: 'The first sentence. “Moscow”: Yes.' }, []],
    ['missing word → single-choice with a blank', 'Xi landed in {=Moscow ~Kyiv} on Monday.',
      { kind: 'single-choice', prompt: 'Xi landed in _____ on Monday.', answer: 'Moscow', explanation: PLACEHOLDER_EXPLANATION }, [/^1:1 "xi-landed-in-on-monday": Moodle gave this question no feedback/]],
    ['partial credit in a one-answer question → single-choice, said', 'Q {=a ~%50%b ~%-25%c ####Why.}',
      { kind: 'single-choice', options: ['a', 'b', 'c'], answer: 'a' }, [/^1:7 "q": Moodle gave “b” 50%, “c” −25%; in a single-choice question only the right option earns points/]],
    ['two answers at 100% → multiple-select, said', 'Q {=a =b ~c ####Why.}',
      { kind: 'multiple-select', options: ['a', 'b', 'c'], answers: ['a', 'b'] }, [/^1:1 "q": Moodle gave full marks for choosing any one of “a”, “b”; as multiple-select, students must select all of them/]],
    ['weights the app scores exactly → multiple-select, silently', 'Q {~%50%a ~%50%b ~%-50%c ####Why.}',
      { kind: 'multiple-select', options: ['a', 'b', 'c'], answers: ['a', 'b'] }, []],
    ['weights it cannot → multiple-select, said', 'Q {~%60%a ~%40%b ~c ####Why.}',
      { kind: 'multiple-select', answers: ['a', 'b'] }, [/^1:1 "q": Moodle's weights \(“a” 60%, “b” 40%, “c” 0%\) cannot be kept: as multiple-select, each of the 2 right options earns 1\/2/]],
    ['one box at 100% → multiple-select with one answer', 'Q {~%100%a ~%-100%b ####Why.}', { kind: 'multiple-select', answers: ['a'] }, []],
    ['TRUE → claim "true"', '::Landed::Xi landed in Moscow. {TRUE####The first sentence.}',
      { id: 'landed', kind: 'claim', prompt: CLAIM_PROMPT, claim: 'Xi landed in Moscow.', answer: 'true', explanation: 'The first sentence.' }, []],
    ['F with feedback → claim "false", each verdict’s feedback labelled', 'China sold arms to Russia. {F#It stopped short.#Right.}',
      { kind: 'claim', answer: 'false', explanation: '“True”: It stopped short. “False”: Right.' }, []],
    ['short answer → short-text with accept', 'Q {=German Marshall Fund =GMF#Initials are fine. ####Small’s think tank.}',
      { kind: 'short-text', answer: 'German Marshall Fund', accept: ['GMF'], explanation: 'Small’s think tank. “GMF”: Initials are fine.' }, []],
    ['short answer with partial credit and a wildcard → left out, said', 'Q {=Hague =%50%Holland =*Hague ####Why.}',
      { kind: 'short-text', answer: 'Hague' }, [/^1:11 "q": “Holland” earned 50% in Moodle; a typed answer here is right or wrong/, /^1:24 "q": “\*Hague” uses Moodle's \* wildcard/]],
    ['exact number → numeric', 'Q {#12000####Why.}', { kind: 'numeric', prompt: 'Q', answer: 12000 }, []],
    ['number with a margin → numeric with a tolerance', 'Q {#3.14:0.01####Why.}', { kind: 'numeric', answer: 3.14, tolerance: 0.01 }, []],
    ['number with a margin of 0 → numeric without one', 'Q {#=3:0####Why.}', { kind: 'numeric', answer: 3 }, []],
    ['range → numeric with a range, its middle as the answer shown, said', 'Q {#1..5####Why.}',
      { kind: 'numeric', answer: 3, range: [1, 5] }, [/^1:5 "q": Moodle accepts any number from 1 to 5 and names none as the answer; students are shown 3 \(anything from 1 to 5\) after checking/]],
    ['several numbers, one at 50% → the full-credit one, the other said', 'Q {#=3:0 =%50%4 ~#Look again.}',
      { kind: 'numeric', answer: 3, explanation: 'Any other number: Look again.' }, [/^1:10 "q": “4” earned 50% in Moodle; a numeric question is right or wrong, so it is left out/]],
    ['two numbers at 100% → the first, the other said', 'Q {#=14 =15:1 ####Why.}',
      { kind: 'numeric', answer: 14 }, [/^1:9 "q": “15±1” also earned full marks in Moodle; a numeric question accepts one number/]],
    ['matching that is not about quotations → matching, extra answers as distractors', 'Q {=Russia -> Moscow =China -> Beijing = -> Paris ####Why.}',
      { kind: 'matching', pairs: [{ item: 'Russia', match: 'Moscow' }, { item: 'China', match: 'Beijing' }], distractors: ['Paris'] }, []],
    ['matching of text not in the article beside a quotation that is → matching, said', 'Q {=Xi landed in Paris on Monday -> Xi Jinping =a journey of friendship -> Xi Jinping ####Why.}',
      { kind: 'matching', pairs: [{ item: 'Xi landed in Paris on Monday', match: 'Xi Jinping' }, { item: 'a journey of friendship', match: 'Xi Jinping' }] },
      [/^1:1 "q": imported as matching, not match-speakers: “Xi landed in Paris on Monday” is not found word for word in the article; fix it/]],
    ['matching of quotations to someone the article never names → matching, said', 'Q {=a journey of friendship, cooperation and peace -> Joe Biden =avoid politicization and double standards -> Xi Jinping ####Why.}',
      { kind: 'matching' }, [/imported as matching, not match-speakers: “Joe Biden” is not named in the article/]],
    ['matching with an extra answer the article never names → matching, said', 'Q {=a journey of friendship, cooperation and peace -> Xi Jinping =avoid politicization and double standards -> Xi Jinping = -> Joe Biden ####Why.}',
      { kind: 'matching', distractors: ['Joe Biden'] }, [/“Joe Biden” is not named in the article/]],
    ['matching of text in quotation marks not in the article → matching, said', 'Q {=“We will win this war” -> Vladimir Putin =“We are friends” -> Xi Jinping ####Why.}',
      { kind: 'matching', pairs: [{ item: '“We will win this war”', match: 'Vladimir Putin' }, { item: '“We are friends”', match: 'Xi Jinping' }] },
      [/“We will win this war” is not found word for word in the article \(and 1 more\)/]],
    ['matching of quotations to speakers → match-speakers', 'Who said it? {=a journey of friendship, cooperation and peace -> Xi Jinping =“Xi gets from this a lot of international prestige” -> Moritz Rudolf = -> Vladimir Putin ####Why.}',
      { kind: 'match-speakers', pairs: [{ quote: 'a journey of friendship, cooperation and peace', speaker: 'Xi Jinping' }, { quote: 'Xi gets from this a lot of international prestige', speaker: 'Moritz Rudolf' }], distractors: ['Vladimir Putin'] }, []],
    ['[html] → plain text, said', '[html]<p>Where did <b>Xi</b> land?</p>{=Moscow ~Kyiv ####<i>First</i> sentence.}',
      { prompt: 'Where did Xi land?', explanation: 'First sentence.' }, [/^1:1 "where-did-xi-land": its HTML formatting was dropped/]],
    ['Moodle’s <p> wrappers → plain text, silently', '[html]<p>Where did Xi land?</p>{\n\t=<p>Moscow</p>#\n\t~<p>Kyiv</p>#\n\t####<p>The first sentence.</p>\n}',
      { prompt: 'Where did Xi land?', options: ['Moscow', 'Kyiv'], explanation: 'The first sentence.' }, []],
  ])('%s', (_name, source, expected, warnings) => {
    const { question, warnings: said } = importOne(source);
    expect(question).toMatchObject(expected);
    expect(question).not.toHaveProperty('evidence');
    expect(said).toHaveLength(warnings.length);
    warnings.forEach((warning, i) => expect(said[i]).toMatch(warning));
  });
});

describe('importGift: what is skipped, with a warning at its line', () => {
  it.each([
    ['an essay', 'Intro {T}\n\nWrite about it. {}', '3:1', /skipped \(essay\): an essay question \(\{\}\) is marked by a person/],
    ['a description', 'Intro {T}\n\nRead this first.', '3:1', /skipped \(description\): a description/],
    ['a wildcard alone', 'Intro {T}\n\nQ {=*}', '3:1', /skipped \(short-answer\): no answer earns full marks without a wildcard/],
    ['choices none of which is right', 'Intro {T}\n\nQ {~a ~b}', '3:1', /skipped \(multiple-choice\): no answer has a positive weight/],
    ['a number none of whose answers earns full marks', 'Intro {T}\n\nQ {#=%50%3}', '3:1', /skipped \(numerical\): no number earns full marks/],
    ['a matching whose items repeat', 'Intro {T}\n\nQ {=Moscow -> Russia =Moscow -> Ukraine}', '3:1', /skipped \(matching\): as matching it would break a rule of the set file: pairs: must not repeat an entry/],
    ['options that repeat', 'Intro {T}\n\nQ {=a ~a}', '3:1', /skipped \(multiple-choice\): as single-choice it would break a rule of the set file: options: must not repeat an entry/],
  ])('%s', (_name, source, at, message) => {
    const result = run(source);
    expect(result.set.questions).toHaveLength(1);
    expect(result.skipped).toHaveLength(1);
    const skipped = result.warnings.filter((w) => w.message.startsWith('skipped'));
    expect(skipped.map((w) => `${w.at.line}:${w.at.column}`)).toEqual([at]);
    expect(skipped[0]?.message).toMatch(message);
  });
});

describe('importGift: the set', () => {
  it('takes its title from the first category, else the file name, unless one is given', () => {
    expect(importGift('$CATEGORY: $course$/top/Week 3\n\nQ {T}', { article, file: 'x.gift' }).set.title).toBe('Week 3');
    expect(importGift('Q {T}', { article, file: 'week-3_quiz.gift' }).set.title).toBe('Week 3 quiz');
    expect(importGift('Q {T}', { article, file: 'x.gift', title: 'Mine', mode: 'test' }).set).toMatchObject({ title: 'Mine', mode: 'test', article: article.id });
  });

  it('gives every question a different id', () => {
    const ids = run('::Q::A {T}\n\n::Q::B {F}\n\nSame text {T}\n\nSame text {F}').set.questions.map((q) => q.id);
    expect(ids).toEqual(['q', 'q-2', 'same-text', 'same-text-2']);
  });

  it('imports nothing when the file has a syntax error', () => {
    const result = run('A {T}\n\nB {=a ~b');
    expect(result.errors).toEqual([{ at: { line: 3, column: 3 }, message: expect.stringMatching(/not closed/) }]);
    expect(result.set.questions).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps, for each imported question, its line and what to check', () => {
    const result = run('A {T}\n\n::Q::B {=a ~%50%b}');
    expect(result.imported).toEqual([
      { id: 'a', kind: 'claim', type: 'true-false', line: 1, notes: [expect.stringMatching(/no feedback/)] },
      { id: 'q', kind: 'single-choice', type: 'multiple-choice', line: 3, notes: [expect.stringMatching(/Moodle gave “b” 50%/), expect.stringMatching(/no feedback/)] },
    ]);
  });
});
