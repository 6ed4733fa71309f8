// @ts-check
/**
 * What each person in an article says (`QUOTES`, quoted word for word) and
 * what the reporter says about them (`FOLLOW_UPS`, reported speech). An
 * article quotes the mayor and the expert twice and everyone else once, so
 * each pool holds more than that, and all quotations are different.
 * Slots: {town}, {thing}, {last} (the speaker's last name), {years}.
 */

/** @type {Record<import('./people.mjs').Part, string[]>} */
export const QUOTES = {
  mayor: [
    'We have waited long enough for this {thing}, and the people of {town} deserve more than promises',
    'This is the biggest decision {town} has made in a generation',
    'Towns like {town} are usually told to wait their turn, and this time we did not',
    'I have never seen the town hall this full, not even for the budget',
    'There is no version of this plan that pleases everyone',
  ],
  lead: [
    'My job is to make sure the work is done safely, not quickly',
    'We listened, we changed the design, and we will keep listening',
    'Good engineering is mostly patience',
  ],
  expert: [
    'The numbers in the report are honest, but they are also optimistic',
    'The evidence from similar schemes is mixed, and anyone who tells you otherwise is selling something',
    'Every month we delay adds to the bill',
    'The first two years decide whether a project like this stays on budget',
  ],
  resident: [
    'Ask anyone who remembers the last bad year and they will tell you why this matters',
    'If we get this wrong, we will be explaining it to our grandchildren',
    'Who will still be here to look after it in thirty years?',
  ],
  opponent: [
    'Nobody here is against the {thing}, but we want to know who pays for it when the money runs out',
    'What worries me is not the {thing} itself but the years of disruption while it is built',
    'I would not call it a victory until the first phase is finished',
  ],
  shopkeeper: [
    'My customers talk about nothing else',
    'People are tired of meetings; they want to see diggers on the ground',
    'We are not against change, we are against being the last to hear about it',
  ],
  official: [],
};

/** @type {Record<import('./people.mjs').Part, string[]>} */
export const FOLLOW_UPS = {
  mayor: [
    '{last} spent much of the evening answering questions from the public gallery, and promised a second public meeting before the first contract is signed.',
    '{last} has made the {thing} the centre of a two-year campaign, and said the vote showed the council could still take hard decisions.',
  ],
  lead: [
    '{last} said the team would begin with the least disruptive work, and that residents would get at least a month’s notice of any road closures.',
    '{last} said the design had been changed after the consultation, mainly to reduce noise and keep footpaths open during the work.',
  ],
  expert: [
    '{last} has studied comparable projects in other parts of the country for more than a decade and has advised two other councils.',
    '{last} said the greatest risk was not the engineering but the cost of materials, which has risen sharply in recent years.',
  ],
  resident: [
    '{last} said the street had changed a great deal over the {years} years, and that most neighbours wanted the work done quickly.',
    '{last} joined a residents’ group last year and has attended every public meeting about the plan since then.',
  ],
  opponent: [
    '{last} argued that the council had not explained what would happen if the costs rose, and asked for an independent review of the figures.',
    '{last} said the money could have been spread across smaller projects in every part of the town.',
  ],
  shopkeeper: [
    '{last} said trade had already suffered from roadworks in the past, and asked the council to help small businesses while the work goes on.',
    '{last} said the shop had been in the same family for three generations and had survived every previous scheme.',
  ],
  official: [],
};
