// @ts-check
import { FIRST_NAMES, LAST_NAMES, SHOPS, STREETS, UNIVERSITIES } from './vocabulary.mjs';

/**
 * @typedef {{ name: string, role: string }} Person
 * @typedef {'mayor' | 'lead' | 'expert' | 'resident' | 'opponent' | 'shopkeeper' | 'official'} Part
 * @typedef {Record<Part, Person>} Cast
 */

/** Everyone an article names, in a fixed order; the official is named but never quoted. */
export const PARTS = /** @type {const} */ (['mayor', 'lead', 'expert', 'resident', 'opponent', 'shopkeeper', 'official']);

/**
 * The cast of one article, plus names it never mentions (for wrong options)
 * and a byline. First and last names are all different within an article.
 * @param {import('./random.mjs').Random} random
 * @param {{ town: string, agency: string, expertField: string }} setting
 */
export function castFor(random, { town, agency, expertField }) {
  const firsts = random.sample(FIRST_NAMES, PARTS.length + 4);
  const lasts = random.sample(LAST_NAMES, PARTS.length + 4);
  const names = firsts.map((first, i) => `${first} ${lasts[i]}`);
  const university = random.pick(UNIVERSITIES);
  /** @type {Record<Part, string>} */
  const roles = {
    mayor: `the mayor of ${town}`,
    lead: `who leads the project for ${agency}`,
    expert: `${/^[aeiou]/i.test(expertField) ? 'an' : 'a'} ${expertField} at ${university}`,
    resident: `who has lived in ${town} for ${random.int(12, 58)} years`,
    opponent: 'a councillor who voted against the plan',
    shopkeeper: `who runs a ${random.pick(SHOPS)} on ${random.pick(STREETS)}`,
    official: 'the council’s chief executive',
  };
  const cast = /** @type {Cast} */ (Object.fromEntries(PARTS.map((part, i) => [part, { name: names[i], role: roles[part] }])));
  const [outsiderA, outsiderB, author, photographer] = /** @type {[string, string, string, string]} */ (names.slice(PARTS.length));
  return { cast, university, outsiders: [outsiderA, outsiderB], author, photographer };
}
