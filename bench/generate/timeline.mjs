// @ts-check
import { addDays, addMonths, day, fill, formatNumber, longDate } from './text.mjs';

/**
 * @typedef {'proposed' | 'consultation' | 'report' | 'vote' | 'work'} EventKey
 * @typedef {{ key: EventKey, label: string, date: Date, sentence: string }} TimelineEvent
 */

/**
 * The five dated events of an article, earliest first, each with the
 * sentence that states it. The article is published a few days after the vote.
 * @param {import('./random.mjs').Random} random
 * @param {Record<string, string | number>} slots  the article's facts: thing, agency, cost, for, against…
 */
export function timelineFor(random, slots) {
  const shift = (/** @type {Date} */ from, /** @type {number} */ min, /** @type {number} */ max) => addDays(addMonths(from, random.int(min, max)), random.int(-10, 10));
  const proposed = day(random.int(2015, 2023), random.int(0, 11), random.int(1, 28));
  const consultation = shift(proposed, 3, 6);
  const report = shift(consultation, 2, 4);
  const vote = shift(report, 1, 3);
  const work = shift(vote, 3, 8);
  const say = (/** @type {string[]} */ templates, /** @type {Date} */ date, extra = {}) => fill(random.pick(templates), { ...slots, ...extra, date: longDate(date) });

  /** @type {TimelineEvent[]} */
  const events = [
    {
      key: 'proposed', label: `${slots.Agency} proposes the ${slots.thing}`, date: proposed,
      sentence: say(['The idea is not new: {agency} first proposed the {thing} on {date}, after {worry} left many residents angry.', '{Agency} first proposed the {thing} on {date}, after years of complaints about {worry}.'], proposed),
    },
    {
      key: 'consultation', label: 'A public consultation opens', date: consultation,
      sentence: say(['A public consultation opened on {date} and drew {n} responses, more than any council plan in a decade.', 'When the public consultation opened on {date}, residents sent in {n} responses within six weeks.'], consultation, { n: formatNumber(random.int(300, 4000)) }),
    },
    {
      key: 'report', label: `A report puts the cost at ${slots.cost}`, date: report,
      sentence: say(['A report published on {date} put the cost at {cost}, most of it to be paid by {agency} and national government.', 'A report published on {date} put the cost at {cost}, a figure that has already drawn criticism.'], report),
    },
    {
      key: 'vote', label: 'The council approves the plan', date: vote,
      sentence: say(['Councillors approved the plan on {date} by {for} votes to {against}.', 'On {date}, the council backed the scheme by {for} votes to {against}.'], vote),
    },
    {
      key: 'work', label: `Work on the ${slots.thing} begins`, date: work,
      sentence: say(['Work is due to begin on {date} and is expected to take {n} years.', 'If the timetable holds, work will start on {date} and last about {n} years.'], work, { n: random.int(2, 5) }),
    },
  ];
  const event = (/** @type {EventKey} */ key) => /** @type {TimelineEvent} */ (events.find((e) => e.key === key));
  return { events, event, published: addDays(vote, random.int(1, 4)) };
}
