// @ts-check
import { castFor } from './people.mjs';
import { BACKGROUND, DEKS, FILLERS, NEXT_STEPS, TITLES } from './phrases.mjs';
import { FOLLOW_UPS, QUOTES } from './quotes.mjs';
import { createRandom, mixSeed } from './random.mjs';
import { capitalise, countWords, fill, formatCost, formatNumber, isoDate, weekday, withArticle } from './text.mjs';
import { timelineFor } from './timeline.mjs';
import { TOPICS } from './topics.mjs';
import { NEWSPAPERS, TOWNS } from './vocabulary.mjs';

/**
 * @typedef {import('./people.mjs').Part} Part
 * @typedef {{ text: string, speaker: Part, sentence: string }} Quote
 * @typedef {ReturnType<typeof buildArticle>} ArticleModel
 */

/** An article aims for 820 to 980 words, the length of a school news reading. */
const WORDS = { min: 820, max: 980 };

/** Who speaks, in the order the article quotes them. */
/** @type {readonly Part[]} */
const SPEAKERS = ['mayor', 'resident', 'expert', 'opponent', 'shopkeeper', 'lead', 'expert', 'mayor'];

/**
 * One generated article: its metadata, its paragraphs, and the facts the
 * questions are written from, each with the sentence that states it. The
 * same seed and index always give the same article.
 * @param {number} seed
 * @param {number} index  0-based; the article's id ends with index + 1
 */
export function buildArticle(seed, index) {
  const random = createRandom(mixSeed(seed, index));
  const topic = random.pick(TOPICS);
  const town = random.pick(TOWNS);
  const id = `${town.toLowerCase()}-${topic.key}-${String(index + 1).padStart(4, '0')}`;
  const { cast, university, outsiders, author, photographer } = castFor(random, { town, ...topic });
  const publication = `The ${town} ${random.pick(NEWSPAPERS)}`;
  const cost = random.int(...topic.costRange);
  const figure = Math.round(random.int(...topic.figureRange) / 10) * 10;
  const votes = random.int(7, 13);
  const inFavour = random.int(Math.floor(votes / 2) + 1, votes);
  const vote = { for: inFavour, against: votes - inFavour };
  const shuffledParts = random.shuffle(topic.parts);
  const [parts, otherParts] = [shuffledParts.slice(0, 3), shuffledParts.slice(3)];
  const slots = {
    town, Town: town, thing: topic.thing, 'a thing': withArticle(topic.thing), 'A thing': capitalise(withArticle(topic.thing)),
    agency: topic.agency, Agency: capitalise(topic.agency), worry: topic.worry, figure: fill(topic.figure, { n: formatNumber(figure) }),
    cost: formatCost(cost), for: vote.for, against: vote.against, publication, population: formatNumber(random.int(12, 95) * 1000),
  };
  /** @param {readonly string[]} templates @param {Record<string, string | number>} [extra] */
  const say = (templates, extra = {}) => fill(random.pick(templates), { ...slots, ...extra });
  const { events, event, published } = timelineFor(random, slots);

  const pools = Object.fromEntries(Object.entries(QUOTES).map(([part, pool]) => [part, random.shuffle(pool)]));
  /** @type {Quote[]} */
  const quotes = SPEAKERS.map((speaker, i) => {
    const text = fill(/** @type {string} */ (pools[speaker]?.shift()), slots);
    const { name, role } = cast[speaker];
    const [comma, stop] = /[?!]$/.test(text) ? ['', ''] : [',', '.'];
    const first = SPEAKERS.indexOf(speaker) === i;
    const templates = first ? ['“{q}{comma}” said {name}, {role}.', '{name}, {role}, said: “{q}{stop}”'] : ['“{q}{comma}” {name} added.', '“{q}{comma}” {name} told {publication}.', '{name} was blunt: “{q}{stop}”'];
    return { text, speaker, sentence: say(templates, { q: text, comma, stop, name, role }) };
  });
  const years = /\d+/.exec(cast.resident.role)?.[0] ?? '';
  const quoted = (/** @type {number} */ i) => {
    const { speaker, sentence } = /** @type {Quote} */ (quotes[i]);
    const followUp = SPEAKERS.indexOf(speaker) === i ? [say(FOLLOW_UPS[speaker], { last: cast[speaker].name.split(' ')[1] ?? '', years })] : [];
    return [sentence, ...followUp];
  };

  const lede = say(['After years of argument, {town} has said yes to {a thing} that supporters say will {figure}.', '{A thing} meant to {figure} is going ahead in {town}, after a vote that split the council and the town.', '{Town} is getting {a thing}: the council has backed a plan that supporters say will {figure}.']);
  const partsSentence = say(['Besides the {thing} itself, the plan includes {p1}, {p2} and {p3}.', 'The approved design has three main elements: {p1}, {p2} and {p3}.', 'The plan also covers {p1}, {p2} and {p3}.'], { p1: parts[0] ?? '', p2: parts[1] ?? '', p3: parts[2] ?? '' });
  const official = say(['{name}, {role}, declined to comment on the cost.', '{name}, {role}, said the full figures would be published before any contract is signed.'], cast.official);
  const middle = random.shuffle([
    [[event('consultation').sentence], quoted(1)],
    [[event('report').sentence], quoted(2)],
    [['Not everyone is persuaded.', ...quoted(3)], quoted(4)],
  ]);
  /** @type {string[][]} */
  const paragraphs = [
    [lede, event('vote').sentence],
    [say(BACKGROUND)],
    [partsSentence],
    quoted(0),
    [event('proposed').sentence],
    ...middle.flat(),
    [event('work').sentence, say(NEXT_STEPS)],
    quoted(5),
    quoted(6),
    [official],
    [`On ${weekday(published)}, the mood in ${town} was calmer.`, ...quoted(7)],
  ];
  padToLength(random, paragraphs, FILLERS.map((f) => fill(f, slots)));

  const meta = {
    title: say(TITLES),
    dek: say(DEKS),
    author,
    publication,
    published: isoDate(published),
    image: { caption: `Residents study plans for the ${topic.thing} in ${town}.`, credit: `${photographer}/${publication}` },
  };
  return { id, meta, paragraphs: paragraphs.map((p) => p.join(' ')), town, topic, cast, university, outsiders, quotes, events, event, cost, figure, vote, parts, otherParts, lede, partsSentence, official };
}

/**
 * Adds filler sentences to random paragraphs (never the first) until the
 * article reaches a random length between WORDS.min and WORDS.max.
 * @param {import('./random.mjs').Random} random
 * @param {string[][]} paragraphs
 * @param {string[]} fillers
 */
function padToLength(random, paragraphs, fillers) {
  const target = random.int(WORDS.min, WORDS.max);
  let words = paragraphs.reduce((sum, p) => sum + countWords(p.join(' ')), 0);
  for (const filler of random.shuffle(fillers)) {
    if (words + countWords(filler) > target) break;
    /** @type {string[]} */ (paragraphs[random.int(1, paragraphs.length - 1)]).push(filler);
    words += countWords(filler);
  }
}
