import type { SetPage } from '../pages/set-page';

export const ORDER_RIGHT = [
  'Bilateral trade between China and Russia hits a record',
  'Beijing proposes a peace plan for Ukraine',
  'The International Criminal Court issues an arrest warrant for Putin',
  'Xi Jinping lands in Moscow',
];

/**
 * A student's session on the seed set, some right, some wrong, some partly
 * right. Worked out by hand from docs/scoring.md:
 *   city 1 + airport (one typo) 1 + Rudolf 1 + Peskov→Putin 0 + match 2 of 4 0.5
 *   + Monday 1 + "in 2022" 1 + order with one swapped pair (5 of 6 pairs) 0.83
 *   + arms claim 1 + ceasefire claim 0 + multiple select (2 right − 1 wrong) / 3 0.33
 *   = 7.66 of 45 (42 questions; two have a Part B, worth 1 and 2 points),
 *   every other question unanswered.
 */
export const EXPECTED_SCORE = 'Your score: 7.66 of 45 (17%)';

export async function answerSomeRightSomeWrong(set: SetPage) {
  await set.type('city-xi-landed-in', '  MOSCOW ');
  await set.type('airport-name', 'Vnukovo Airprt');
  await set.choose('who-said-high-hopes', 'Moritz Rudolf');
  await set.choose('who-said-exhaustive-explanations', 'Vladimir Putin');
  await set.match('match-the-speakers', { 'a journey of friendship': 'Xi Jinping', 'avoid politicization': 'Vladimir Putin', 'full spectrum partner': 'Andrew Small', 'international prestige': 'Oleksiy Danilov' });
  await set.type('day-xi-landed', 'monday');
  await set.type('record-trade-year', 'in 2022');
  await set.arrange('order-of-events', [ORDER_RIGHT[0], ORDER_RIGHT[2], ORDER_RIGHT[1], ORDER_RIGHT[3]] as string[]);
  await set.choose('claim-arms-ammunition', 'False');
  await set.choose('claim-ceasefire-signed', 'True');
  await set.tick('china-support-for-russia', ['Filling Russian shelves with goods', 'Financing infrastructure projects', 'Supplying arms and ammunition']);
}
