// @ts-check
import { NOT_STATED } from './phrases.mjs';
import { fill, formatCost, formatNumber, isoDate, longDate, addMonths } from './text.mjs';

/**
 * One builder per kind of question in lib/content/schema.ts. A builder gets
 * the article, which occurrence of its kind this is (0, 1, …: each picks a
 * different fact, cycling when the facts run out) and the set's random source.
 * Every evidence and quote is a sentence of the article (so any question can
 * be cited, and one claim has a Part B); every speaker is
 * named in it; wrong options of three words or more never stand in it.
 *
 * @typedef {import('./article-model.mjs').ArticleModel} Article
 * @typedef {import('./random.mjs').Random} Random
 * @typedef {(article: Article, occurrence: number, random: Random) => Record<string, unknown>} Builder
 */

/**
 * The i-th item, counting round the list.
 * @template T
 * @param {readonly T[]} list
 * @param {number} i
 * @returns {T}
 */
const nth = (list, i) => /** @type {T} */ (list[i % list.length]);
const names = (/** @type {Article} */ a) => Object.values(a.cast).map((p) => p.name);
/** The right answer among wrong ones, shuffled; the wrong ones are distinct from it and each other. */
const optionsWith = (/** @type {Random} */ random, /** @type {string} */ right, /** @type {string[]} */ wrong, n = 4) => random.shuffle([right, ...[...new Set(wrong)].filter((w) => w !== right).slice(0, n - 1)]);

/** @type {Builder[]} */
const singleChoice = [
  (a, _, r) => ({
    prompt: `What did the report put the cost of the ${a.topic.thing} at?`,
    options: optionsWith(r, formatCost(a.cost), [a.cost * 2, Math.round(a.cost / 2), a.cost + 25, a.cost + 50].map(formatCost)),
    answer: formatCost(a.cost),
    explanation: `The report published before the vote put the cost at ${formatCost(a.cost)}.`,
    evidence: [a.event('report').sentence],
  }),
  (a, _, r) => ({
    prompt: `Who is the mayor of ${a.town}?`,
    options: optionsWith(r, a.cast.mayor.name, r.shuffle(names(a))),
    answer: a.cast.mayor.name,
    explanation: `The article introduces ${a.cast.mayor.name} as the mayor of ${a.town}.`,
    evidence: [/** @type {string} */ (a.quotes[0]?.sentence)],
  }),
  (a, _, r) => {
    const total = a.vote.for + a.vote.against;
    const result = (/** @type {number} */ inFavour) => `${inFavour}–${total - inFavour}`;
    return {
      prompt: 'How did the council vote on the plan (in favour–against)?',
      options: optionsWith(r, result(a.vote.for), [total, total - 1, total - 2, total - 3, Math.ceil(total / 2)].map(result)),
      answer: result(a.vote.for),
      explanation: `The plan passed by ${a.vote.for} votes to ${a.vote.against}.`,
      evidence: [a.event('vote').sentence],
    };
  },
];

/** @type {Builder} */
const multipleSelectParts = (a, _, r) => ({
  prompt: 'Which of these does the plan include? Choose all that apply.',
  options: r.shuffle([...a.parts, ...a.otherParts.slice(0, 2)]),
  answers: a.parts,
  explanation: `The article lists ${a.parts.join(', ')} as parts of the plan.`,
  evidence: [a.partsSentence],
});

/** @type {Builder} */
const multipleSelectQuoted = (a, k, r) => {
  const quoted = [nth(a.quotes, k), nth(a.quotes, k + 3)].map((q) => a.cast[q.speaker].name);
  return {
    prompt: 'Which of these people are quoted in the article? Choose all that apply.',
    options: r.shuffle([...quoted, a.cast.official.name, nth(a.outsiders, k)]),
    answers: quoted,
    explanation: `${quoted.join(' and ')} are quoted; ${a.cast.official.name} is named but not quoted, and ${nth(a.outsiders, k)} is not in the article.`,
    evidence: [nth(a.quotes, k).sentence, nth(a.quotes, k + 3).sentence],
  };
};

/** @type {Builder[]} */
const claims = [
  (a) => ({ claim: `The council approved the plan by ${a.vote.for} votes to ${a.vote.against}.`, answer: 'true', explanation: 'The article gives the result of the vote.', evidence: [a.event('vote').sentence], cite: {} }),
  (a) => ({ claim: `The report put the cost of the ${a.topic.thing} at ${formatCost(a.cost * 2)}.`, answer: 'false', explanation: `The report put the cost at ${formatCost(a.cost)}, half that.`, evidence: [a.event('report').sentence] }),
  (a, k) => notStated(a, k),
  (a) => ({ claim: `${a.cast.expert.name} works at ${a.university}.`, answer: 'true', explanation: `The article introduces ${a.cast.expert.name} as ${a.cast.expert.role}.`, evidence: [a.quotes[2]?.sentence] }),
  (a) => ({ claim: `Work on the ${a.topic.thing} began before the council voted.`, answer: 'false', explanation: 'The vote came first; work is due to begin months later.', evidence: [a.event('vote').sentence, a.event('work').sentence] }),
  (a, k) => notStated(a, k + 1),
];

/** @param {Article} a @param {number} k */
function notStated(a, k) {
  const { claim, near } = nth(NOT_STATED, a.figure + k);
  const evidence = { opponent: a.quotes[3]?.sentence, lead: a.quotes[5]?.sentence, vote: a.event('vote').sentence, report: a.event('report').sentence, work: a.event('work').sentence }[/** @type {string} */ (near)];
  const slots = { opponent: a.cast.opponent.name, lead: a.cast.lead.name, agency: a.topic.agency, thing: a.topic.thing, Town: a.town };
  return { claim: fill(claim, slots), answer: 'not-stated', explanation: 'The article never says so; the nearest passage is about something else.', evidence: [evidence] };
}

/** @type {Builder[]} */
const dates = [
  (a) => ({ prompt: 'On what date did the public consultation open?', answer: longDate(a.event('consultation').date), date: isoDate(a.event('consultation').date), explanation: 'The article gives the date the consultation opened.', evidence: [a.event('consultation').sentence] }),
  (a, _, r) => {
    const work = a.event('work').date;
    return {
      prompt: `When is work on the ${a.topic.thing} due to begin?`,
      options: optionsWith(r, longDate(work), [-2, 2, 5, 12].map((m) => longDate(addMonths(work, m)))),
      answer: longDate(work),
      explanation: `Work is due to begin on ${longDate(work)}.`,
      evidence: [a.event('work').sentence],
    };
  },
  (a) => ({ prompt: 'In what year was the plan first proposed?', answer: String(a.event('proposed').date.getUTCFullYear()), date: String(a.event('proposed').date.getUTCFullYear()), explanation: 'The article gives the date of the first proposal.', evidence: [a.event('proposed').sentence] }),
];

/** @type {Builder[]} */
const shortTexts = [
  (a) => ({ prompt: 'In which town is the plan going ahead?', answer: a.town, explanation: `The article is about ${a.town}.`, evidence: [a.lede] }),
  (a) => ({ prompt: `${a.topic.figureQuestion} Type a number.`, answer: formatNumber(a.figure), accept: [String(a.figure)], explanation: `Supporters say it will ${fill(a.topic.figure, { n: formatNumber(a.figure) })}.`, evidence: [a.lede] }),
  (a) => ({ prompt: `At which university does ${a.cast.expert.name} work?`, answer: a.university, accept: [a.university.split(' ')[0]], explanation: `The article introduces ${a.cast.expert.name} as ${a.cast.expert.role}.`, evidence: [a.quotes[2]?.sentence] }),
];

/** @type {Builder} */
const whoSaid = (a, k, r) => {
  const quote = nth(a.quotes, k);
  const speaker = a.cast[quote.speaker].name;
  return {
    prompt: 'Who said this?',
    quote: quote.text,
    speakers: optionsWith(r, speaker, r.shuffle(names(a))),
    answer: speaker,
    explanation: `${speaker}, ${a.cast[quote.speaker].role}, said it.`,
    evidence: [quote.sentence],
  };
};

/** @type {Builder} */
const matchSpeakers = (a, k, r) => {
  const first = /** @type {typeof a.quotes} */ ([]);
  for (const quote of [...a.quotes.slice(k % a.quotes.length), ...a.quotes]) if (first.length < 3 && !first.some((q) => q.speaker === quote.speaker)) first.push(quote);
  const speaking = first.map((q) => a.cast[q.speaker].name);
  return {
    prompt: 'Match each quotation to the person who said it.',
    pairs: first.map((q) => ({ quote: q.text, speaker: a.cast[q.speaker].name })),
    distractors: [r.pick(names(a).filter((n) => !speaking.includes(n)))],
    explanation: first.map((q) => `${a.cast[q.speaker].name}: ${a.cast[q.speaker].role}.`).join(' '),
    evidence: first.map((q) => q.sentence),
  };
};

/** @type {Builder} */
const order = (a, k) => {
  const events = k % 2 === 0 ? a.events : a.events.slice(1);
  return {
    prompt: 'Put these events in the order they happened, earliest first.',
    items: events.map((e) => e.label),
    explanation: events.map((e) => `${e.label}: ${longDate(e.date)}.`).join(' '),
    evidence: events.map((e) => e.sentence),
  };
};

/** @type {Builder[]} */
const citeEvidence = [
  (a) => ({ prompt: 'Which sentence says how the council voted on the plan?', explanation: 'The sentence about the vote gives its result.', evidence: [a.event('vote').sentence] }),
  (a) => ({ prompt: 'Select the sentence that says what the plan includes.', explanation: `The article lists ${a.parts.join(', ')}.`, evidence: [a.partsSentence] }),
  (a) => ({ prompt: 'Which sentence says when work is due to begin?', explanation: 'The article gives the date work begins.', evidence: [a.event('work').sentence] }),
];

/** @type {Record<string, Builder>} */
export const BUILDERS = {
  'single-choice': (a, k, r) => /** @type {Builder} */ (nth(singleChoice, k))(a, k, r),
  'multiple-select': (a, k, r) => (k % 2 === 0 ? multipleSelectParts : multipleSelectQuoted)(a, k, r),
  claim: (a, k, r) => ({ prompt: 'Is this true, false, or not stated in the article?', .../** @type {Builder} */ (nth(claims, k))(a, k, r) }),
  'who-said': whoSaid,
  'match-speakers': matchSpeakers,
  date: (a, k, r) => /** @type {Builder} */ (nth(dates, k))(a, k, r),
  order,
  'short-text': (a, k, r) => /** @type {Builder} */ (nth(shortTexts, k))(a, k, r),
  'cite-evidence': (a, k, r) => /** @type {Builder} */ (nth(citeEvidence, k))(a, k, r),
};
