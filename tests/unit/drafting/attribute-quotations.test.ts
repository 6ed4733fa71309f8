import { describe, expect, it } from 'vitest';

import { attributions, paragraphsOf } from './support';

/** Paragraphs are separated by blank lines; each case lists every quotation with its speaker (null: none). */
describe('attributeQuotations: news styles', () => {
  it.each([
    ['curly marks, attribution after', '“We will win,” Jane Doe said.', [['We will win', 'Jane Doe']]],
    ['straight marks, attribution after', '"We will win," Jane Doe said.', [['We will win', 'Jane Doe']]],
    ['“…,” said Name, a …', '“We will win,” said Jane Doe, a senior fellow at the Example Institute.', [['We will win', 'Jane Doe']]],
    ['“…,” Name told reporters', '“We will win,” Jane Doe told reporters on Tuesday.', [['We will win', 'Jane Doe']]],
    [
      '“…,” Name, an appositive, told VICE World News',
      '“I would not hope for much,” Moritz Rudolf, a fellow at Yale Law School’s Paul Tsai China Center, told VICE World News.',
      [['I would not hope for much', 'Moritz Rudolf']],
    ],
    ['a title before the name', '“Answers will be given,” Kremlin spokesperson Dmitry Peskov told reporters.', [['Answers will be given', 'Dmitry Peskov']]],
    ['attribution before, with a colon', 'Jane Doe said: “We will win.”', [['We will win', 'Jane Doe']]],
    ['attribution before, with “that”', 'Jane Doe, the secretary of the council, stressed on Monday that any plan must “restore our sovereignty.”', [['restore our sovereignty', 'Jane Doe']]],
    ['according to', '“We will win,” according to Jane Doe.', [['We will win', 'Jane Doe']]],
    ['a speech verb elsewhere in the sentence', 'Jane Doe said there remains a “rabbit in the hat” possibility.', [['rabbit in the hat', 'Jane Doe']]],
  ])('%s', (_name, markdown, expected) => {
    expect(attributions(paragraphsOf(markdown))).toEqual(expected);
  });

  it.each([
    ['“he said” after a named speaker', 'John Doe said the talks would fail.\n\nBut China is “reserving a seat at the table,” he said.', [['reserving a seat at the table', 'John Doe']]],
    ['“she added”', '“We will win,” Jane Doe said.\n\n“And soon,” she added.', [['We will win', 'Jane Doe'], ['And soon', 'Jane Doe']]],
    ['“he wrote” after “Name thanked … for its “…””', 'Vladimir Putin thanked China for its “balanced line.” “We welcome it,” he wrote.', [['balanced line', 'Vladimir Putin'], ['We welcome it', 'Vladimir Putin']]],
    ['“he added” refers to the last speaker, not the last name', '“Russia matters,” Andrew Small said. Xi Jinping will tread carefully. “It is too valuable,” he added.', [['Russia matters', 'Andrew Small'], ['It is too valuable', 'Andrew Small']]],
    ['“it said” refers to the last body that spoke', 'The Chinese foreign ministry said it was calm.\n\n“We urge restraint,” it said.', [['We urge restraint', 'Chinese foreign ministry']]],
    ['a pronoun before anyone speaks refers to the person last named', 'Jane Doe arrived on Monday.\n\n“It is cold,” she said.', [['It is cold', 'Jane Doe']]],
    ['“she” is not the last speaker when his given name says he is a man', '“We will win,” John Roe said.\n\nSenator Jane Doe disagreed.\n\n“We will not,” she said.', [['We will win', 'John Roe'], ['We will not', 'Jane Doe']]],
    ['“she” with nobody who fits is left out', '“We will win,” John Roe said.\n\n“We will not,” she said.', [['We will win', 'John Roe'], ['We will not', null]]],
    ['“the secretary” is the person last named with that title', 'Defense Secretary Leon E. Panetta arrived today.\n\n“It means a lot to me,” the secretary said.\n\n“We are grateful,” he added.', [['It means a lot to me', 'Leon E. Panetta'], ['We are grateful', 'Leon E. Panetta']]],
    ['“the prime minister”', 'President Joe Biden met Prime Minister Rishi Sunak on Monday. “We are united,” the prime minister said.', [['We are united', 'Rishi Sunak']]],
    ['“the minister” with no minister named is no one', '“It means a lot to me,” the minister said.', [['It means a lot to me', null]]],
    ['“he said” after another man is introduced as a sentence’s subject', '“It is dry,” John Smith said.\n\nBob Jones has farmed here for 40 years. “It has never been this dry,” he said.', [['It is dry', 'John Smith'], ['It has never been this dry', 'Bob Jones']]],
    ['“he added” carries the last speaker on past such a subject', '“It is dry,” John Smith said. Bob Jones has farmed here for 40 years. “It has never been this dry,” he added.', [['It is dry', 'John Smith'], ['It has never been this dry', 'John Smith']]],
    ['“he too suggested”', 'John Roe described the signal as weak. He too suggested a scenario in which “the equipment was turned off.”', [['the equipment was turned off', 'John Roe']]],
  ])('resolves pronouns: %s', (_name, markdown, expected) => {
    expect(attributions(paragraphsOf(markdown))).toEqual(expected);
  });

  it.each([
    ['a surname', '“A start,” Moritz Rudolf told reporters.\n\n“A finish,” Rudolf said.', [['A start', 'Moritz Rudolf'], ['A finish', 'Moritz Rudolf']]],
    ['a Chinese family name', 'Chinese leader Xi Jinping landed on Monday.\n\n“I am confident,” Xi told reporters.', [['I am confident', 'Xi Jinping']]],
    ['a surname at the start of a sentence', 'Andrew Small is a fellow.\n\nSmall said there is a “rabbit in the hat” possibility.', [['rabbit in the hat', 'Andrew Small']]],
    ['a title dropped', 'President Vladimir Putin met Xi.\n\n“We welcome it,” Putin said.', [['We welcome it', 'Vladimir Putin']]],
    [
      'a title the list does not know, dropped because the name also stands alone',
      'Minister for Energy and Mining Jane Doe announced a deal.\n\n“It is done,” she said.\n\nJane Doe left early.',
      [['It is done', 'Jane Doe']],
    ],
    ['a long title with “of” and “for”', 'Under Secretary of State for Political Affairs Wendy Sherman met Zarif.\n\n“We made progress,” Sherman said.', [['We made progress', 'Wendy Sherman']]],
    ['a title phrase after the verb', '“This is a good day,” said Secretary of State John Kerry.', [['This is a good day', 'John Kerry']]],
    ['a body named with “of”', '“We will keep broadcasting,” Voice of America said in a statement.', [['We will keep broadcasting', 'Voice of America']]],
    ['a body before a title is not the speaker', "“We will continue,” NASA Administrator Sean O'Keefe said.", [['We will continue', "Sean O'Keefe"]]],
    ['a named body with “the”', '“We will not stop,” the State Department said.', [['We will not stop', 'State Department']]],
    ['an acronym at the start of a sentence', 'NASA said it would “review the data.”', [['review the data', 'NASA']]],
    ['the agent of a passive', 'In a meeting he was told by Health Minister Jane Doe of “forty people under the rubble.”', [['forty people under the rubble', 'Jane Doe']]],
    ['a role, then the name between commas', 'The ministry’s spokesperson, Jane Doe, said it was “too early to tell.”', [['too early to tell', 'Jane Doe']]],
    ['a name of a body after the name', 'Dr. Jane Doe of University College London, a shipping researcher, explained that crews go dark “where piracy is a risk.”', [['where piracy is a risk', 'Jane Doe']]],
    ['an appositive that does not start with “a” or “the”', 'Professor Jane Doe of Boston University, co-author of a new study, declared gun ownership “the strongest predictor.”', [['the strongest predictor', 'Jane Doe']]],
    ['a time between the name and the verb', 'Jane Doe, a port official, on Tuesday told reporters they were “still waiting for news.”', [['still waiting for news', 'Jane Doe']]],
    ['an ambassador “to” a country', 'US Ambassador to Germany John Roe alleged the airline had “contributed to suffering.”', [['contributed to suffering', 'John Roe']]],
    ['an abbreviated title with its full stop', '“The data are clear,” said Dr. Jane Doe, lead author of the study.', [['The data are clear', 'Jane Doe']]],
    ['a given name compromise also knows as a common word', '“It is a giant leap,” said NASA Administrator Bill Nelson.', [['It is a giant leap', 'Bill Nelson']]],
    ['two appositives', 'Jane Doe, 34, a nurse from Ohio, said the hospital was “overwhelmed.”', [['overwhelmed', 'Jane Doe']]],
    ['a party and state after the name', 'Rep. Jane Doe, D-Calif., said the bill was “a victory.”', [['a victory', 'Jane Doe']]],
    ['an aside in brackets after the name', 'Sen. John Roe (R-Ky.) called it “a mistake.”', [['a mistake', 'John Roe']]],
    ['“According to” opening the sentence', 'According to the Associated Press, the storm was “the worst in decades.”', [['the worst in decades', 'Associated Press']]],
  ])('names speakers in full: %s', (_name, markdown, expected) => {
    expect(attributions(paragraphsOf(markdown))).toEqual(expected);
  });

  it.each([
    ['“urged … to uphold “…””', 'The Chinese foreign ministry brushed off concerns and urged the court to uphold “an objective stance” and “avoid double standards.”', [['an objective stance', 'Chinese foreign ministry'], ['avoid double standards', 'Chinese foreign ministry']]],
    ['“describing it as “…””', 'Xi Jinping set the tone by describing the visit as “a journey of friendship.”', [['a journey of friendship', 'Xi Jinping']]],
    ['“thanked … for its “…””', 'Vladimir Putin thanked China for its “balanced line” on the crisis.', [['balanced line', 'Vladimir Putin']]],
  ])('gives reported words to the subject: %s', (_name, markdown, expected) => {
    expect(attributions(paragraphsOf(markdown))).toEqual(expected);
  });

  it.each([
    ['a split quote becomes one question, its first part', '“We will win,” Jane Doe said. “There is no doubt.”', [['We will win', 'Jane Doe']]],
    ['a quotation over two paragraphs, attributed at its end', '“The first part goes here.\n\n“And it ends here,” Jane Doe said.', [['The first part goes here', 'Jane Doe']]],
    ['a split quote running on into the next paragraph', '“We will win,” Jane Doe said. “It will take time\n\n“and it will cost a lot.”', [['We will win', 'Jane Doe']]],
    ['a bare quotation paragraph after an attributed one', '“We will win,” Jane Doe said.\n\n“There is no doubt.”', [['We will win', 'Jane Doe'], ['There is no doubt', 'Jane Doe']]],
  ])('%s', (_name, markdown, expected) => {
    expect(attributions(paragraphsOf(markdown))).toEqual(expected);
  });

  it.each([
    ['“…” — Name', '“We agree” — Jane Doe.', [['We agree', 'Jane Doe']]],
    ['“…,” Name said in a statement', '“We will not stop,” Jane Doe said in a statement.', [['We will not stop', 'Jane Doe']]],
    ['a statement from a titled name, its paragraphs quoted, only the last closed', "The following is a statement from NASA Administrator Sean O'Keefe:\n\n“Today we mourn.\n\n“They knew the risks.\n\n“We will go on.”", [['Today we mourn', "Sean O'Keefe"]]],
    ['“Name said:” then the quotation in the next paragraph', 'Jane Doe said:\n\n“We will win.”', [['We will win', 'Jane Doe']]],
    ['a statement named in a sentence that does not introduce it', 'Jane Doe issued a statement from Geneva.\n\n“We will win.”', [['We will win', null]]],
    ['a statement named without a colon', "The following is a statement from NASA Administrator Sean O'Keefe regarding today's landing.\n\n“We are encouraged.”", [['We are encouraged', "Sean O'Keefe"]]],
    ['a statement issued, then “she said”', '“First things first,” Mary Major said.\n\nSenator Jane Doe issued a statement on Sunday.\n\n“We agree with the plan,” she said.', [['First things first', 'Mary Major'], ['We agree with the plan', 'Jane Doe']]],
    ['according to a tweet by a titled name', '“We will act,” according to a tweet on Monday by US Secretary of State John Roe.', [['We will act', 'John Roe']]],
  ])('statements: %s', (_name, markdown, expected) => {
    expect(attributions(paragraphsOf(markdown))).toEqual(expected);
  });

  it.each([
    ['a scare quote', 'The leaders upheld a “no-limits” partnership.', [['no-limits', null]]],
    ['quoted phrases in a list', 'Customs data showed it sold “hunting rifles,” body armor, and drone parts—“dual-use equipment” that has civilian uses.', [['hunting rifles', null], ['dual-use equipment', null]]],
    ['a quotation whose speaker is unnamed', 'Experts say the deal is a “turning point.”', [['turning point', null]]],
    ['a capitalised word that is not a name', 'Officials said the plan was “dead on arrival.”', [['dead on arrival', null]]],
    ['an unnamed speaker right after the quotation, a source later', '“It was terrible,” a resident said, according to the Associated Press.', [['It was terrible', null]]],
    ['“she” with no one to be her, a body releasing the words later', '“We are ready,” she said, according to a transcript released by the White House.', [['We are ready', null]]],
    ['a short quote away from “said”, as likely the writer’s', 'John Roe said the so-called “peace plan” was dead.', [['peace plan', null]]],
    ['two speakers at once', 'Smith and Jones said the plan was “a disaster.”', [['a disaster', null]]],
    ['people at a named body', 'Officials at the European Space Agency said the probe was “healthy.”', [['healthy', null]]],
    ['people of a named body', '“We stand with Ukraine,” the leaders of the Group of Seven said in a joint statement.', [['We stand with Ukraine', null]]],
    ['experts at a named body', 'Experts at Johns Hopkins University say the data are “alarming.”', [['alarming', null]]],
  ])('leaves unattributed: %s', (_name, markdown, expected) => {
    expect(attributions(paragraphsOf(markdown))).toEqual(expected);
  });
});
