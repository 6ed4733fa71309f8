// @ts-check
/**
 * Sentences a generated article is made of. Slots in braces are filled from
 * the article's facts. ABSENT_WORDS, kept out of every sentence, are what
 * make the NOT_STATED claims really not stated.
 */

/** Colour that carries no fact a question asks about; added until the article is long enough. */
export const FILLERS = [
  'The meeting ran for more than three hours, and the public gallery was full long before it began.',
  'Outside, a small group held hand-painted signs, some for the plan and some against it.',
  'Letters about the scheme have filled the local paper for months.',
  'Council officers said the figures would be checked again before any contract is signed.',
  'Several residents said they had only learned the details from their neighbours.',
  'The town last attempted a project of this size in the 1990s, and that effort stalled.',
  'Supporters point to towns of a similar size that have finished comparable schemes.',
  'Critics say the consultation was too short and too hard to find online.',
  'The final design is smaller than the one first shown to the public.',
  'A detailed timetable is expected later this year.',
  'Surveyors have already walked the site, some of them at dawn to avoid the traffic.',
  'Traders on the high street say business has been slow for several years.',
  'The council has promised to publish monthly progress reports on its website.',
  'Younger residents were among the loudest supporters in the room.',
  'Some of the money is expected to come from national government grants.',
  'Opponents have not said whether they will keep campaigning.',
  'At one point the chair had to ask the gallery to stay quiet so that speakers could be heard.',
  'Maps of the scheme were pinned to the walls of the library for anyone to study.',
  'Older residents remember earlier promises that came to nothing.',
  'The debate has divided families as well as neighbours.',
  'Councillors received hundreds of emails in the week before the decision.',
  'A few speakers asked for the decision to be delayed until after the summer.',
  'Local schools have run lessons on the plan, and pupils sent drawings of what they hoped to see.',
  'The scheme has been redrawn twice since it was first shown.',
  'Contractors from three regions are expected to compete for the work.',
  'Parking near the site is likely to be limited while the work goes on.',
  'The council says it has set aside money for unexpected costs.',
  'Independent engineers will review each phase before the next one begins.',
  'Residents can still comment on the detailed drawings until the end of the month.',
  'Public meetings about the plan have been held in church halls, schools and the leisure centre.',
  'A petition in favour of the scheme gathered more signatures than any other in the town’s history.',
  'The council’s own website crashed briefly on the night the plans were first published.',
  'Local radio broadcast the whole meeting, and the phone lines were busy for days afterwards.',
  'Neighbouring councils are watching closely, and several have asked to see the final report.',
  'Some residents worry that house prices near the site will fall while the work goes on.',
  'Others expect prices to rise once the work is finished.',
  'Footpaths around the site will stay open for as long as possible, officers said.',
  'The plans can be seen in full at the town hall during normal opening hours.',
  'A community liaison officer will be appointed before the first phase starts.',
  'Weekly updates will be posted on noticeboards around the town.',
  'The original proposal was drawn up by a small team working from a borrowed office.',
  'Many of those who spoke at the meeting had never addressed the council before.',
  'Not every councillor who voted in favour was enthusiastic about it.',
  'The chair thanked residents for the tone of the debate, which stayed civil throughout.',
];

/** Words no sentence above may use; the unit test holds the article text to it. */
export const ABSENT_WORDS = ['court', 'referendum', 'tourists', 'resigned', 'strike', 'lottery'];

/** Opening background: where the town stands before the story. */
export const BACKGROUND = [
  '{Town}, a market town of about {population} people, has lived with {worry} for years.',
  'For most people in {town}, a town of about {population}, the problem is familiar: {worry}.',
  'In {town}, home to about {population} people, {worry} has been the subject of countless public meetings.',
];

/** What comes next, after the work date. */
export const NEXT_STEPS = [
  'The next step is to appoint a main contractor, which the council expects to do within six months.',
  'Before any work starts, the council must agree a detailed budget and appoint a main contractor.',
  'Tenders for the main contract will be invited in the coming weeks, officers said.',
];

/** Claims no sentence of the article makes; `near` names the fact whose sentence is given as evidence. */
export const NOT_STATED = [
  { claim: '{opponent} has asked a court to stop the {thing}.', near: 'opponent' },
  { claim: '{Town} will hold a referendum on the plan next spring.', near: 'vote' },
  { claim: 'The {thing} will be paid for partly by a tax on tourists.', near: 'report' },
  { claim: '{lead} resigned from {agency} after the vote.', near: 'lead' },
  { claim: 'Builders went on strike during the first week of work.', near: 'work' },
  { claim: 'A national lottery grant covers half of the cost.', near: 'report' },
];

export const TITLES = [
  '{Town} approves {a thing} after years of argument',
  'A {cost} {thing} for {town} wins a narrow vote',
  '{Town} says yes to its {thing}. Not everyone is convinced',
  'Inside the long fight over {town}’s {thing}',
  '{Town} council backs {thing} by {for} votes to {against}',
];

export const DEKS = [
  'Supporters say it will {figure}; critics worry about the cost and the disruption.',
  'The decision ends years of debate, but the hardest part may be still to come.',
  'A divided council, a packed public gallery and a bill of {cost}.',
];
