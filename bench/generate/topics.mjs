// @ts-check
/**
 * What a generated article can be about. `figure` and `figureQuestion` hold
 * `{n}` where the article's one headline number goes; `parts` are what a plan
 * may include (an article names three, and the rest are wrong options).
 *
 * @typedef {object} Topic
 * @property {string} key         slug for file names
 * @property {string} thing       "flood barrier"
 * @property {string} figure      "protect {n} homes"
 * @property {string} figureQuestion
 * @property {[number, number]} figureRange
 * @property {[number, number]} costRange  in millions
 * @property {string[]} parts
 * @property {string} worry       what the town fears without it
 * @property {string} agency      who runs the work
 * @property {string} expertField
 */

/** @type {Topic[]} */
export const TOPICS = [
  {
    key: 'flood-barrier', thing: 'flood barrier', figure: 'protect {n} homes', figureQuestion: 'How many homes is the flood barrier meant to protect?',
    figureRange: [900, 4800], costRange: [18, 90],
    parts: ['raised riverbanks', 'two new pumping stations', 'a flood warning system', 'wetland storage upstream', 'movable steel gates', 'a riverside footpath'],
    worry: 'repeated flooding', agency: 'the regional water authority', expertField: 'hydrologist',
  },
  {
    key: 'tram-line', thing: 'tram line', figure: 'carry {n} passengers a day', figureQuestion: 'How many passengers a day is the tram line expected to carry?',
    figureRange: [6000, 24000], costRange: [120, 480],
    parts: ['twelve new stops', 'a depot for the trams', 'protected cycle lanes', 'a park-and-ride site', 'wider pavements', 'new traffic signals'],
    worry: 'daily jams on the ring road', agency: 'the transport authority', expertField: 'transport planner',
  },
  {
    key: 'secondary-school', thing: 'secondary school', figure: 'teach {n} pupils', figureQuestion: 'How many pupils will the new secondary school teach?',
    figureRange: [600, 1800], costRange: [25, 70],
    parts: ['a science wing', 'a sports hall', 'a public library', 'solar panels on the roof', 'a bus turning circle', 'a community kitchen'],
    worry: 'overcrowded classrooms', agency: 'the education trust', expertField: 'education researcher',
  },
  {
    key: 'wind-farm', thing: 'wind farm', figure: 'power {n} homes', figureQuestion: 'How many homes is the wind farm expected to power?',
    figureRange: [8000, 40000], costRange: [60, 240],
    parts: ['eighteen turbines', 'a new substation', 'an access road across the moor', 'a community fund', 'a visitor centre', 'buried power cables'],
    worry: 'rising energy bills', agency: 'the energy cooperative', expertField: 'energy economist',
  },
  {
    key: 'hospital-wing', thing: 'hospital wing', figure: 'treat {n} patients a year', figureQuestion: 'How many patients a year will the hospital wing treat?',
    figureRange: [12000, 60000], costRange: [40, 160],
    parts: ['forty extra beds', 'a maternity unit', 'a rooftop helipad', 'a multi-storey car park', 'a training centre for nurses', 'a new scanning suite'],
    worry: 'long waits for treatment', agency: 'the health board', expertField: 'public health specialist',
  },
  {
    key: 'housing-estate', thing: 'housing estate', figure: 'house {n} families', figureQuestion: 'How many families is the housing estate meant to house?',
    figureRange: [300, 1600], costRange: [45, 200],
    parts: ['a health centre', 'a primary school', 'a new bus route', 'allotment gardens', 'a village green', 'a row of small shops'],
    worry: 'a shortage of homes young families can afford', agency: 'the housing association', expertField: 'housing economist',
  },
  {
    key: 'harbour', thing: 'harbour expansion', figure: 'support {n} jobs', figureQuestion: 'How many jobs is the harbour expansion expected to support?',
    figureRange: [250, 2400], costRange: [30, 150],
    parts: ['a deeper shipping channel', 'a new fish market', 'two loading cranes', 'a ferry terminal', 'a marina for small boats', 'a longer breakwater'],
    worry: 'the decline of the fishing fleet', agency: 'the port authority', expertField: 'marine economist',
  },
  {
    key: 'reservoir', thing: 'reservoir', figure: 'supply {n} households', figureQuestion: 'How many households is the reservoir meant to supply?',
    figureRange: [20000, 90000], costRange: [80, 320],
    parts: ['a dam across the valley', 'a water treatment works', 'a new pipeline', 'a nature reserve', 'a sailing club', 'walking trails around the shore'],
    worry: 'summer hosepipe bans', agency: 'the water company', expertField: 'water engineer',
  },
  {
    key: 'bypass', thing: 'bypass', figure: 'take {n} lorries a day off the high street', figureQuestion: 'How many lorries a day is the bypass meant to take off the high street?',
    figureRange: [400, 2200], costRange: [35, 140],
    parts: ['two roundabouts', 'a bridge over the railway', 'noise barriers', 'a footbridge for the school', 'a lorry park', 'new street lighting'],
    worry: 'heavy lorries on the high street', agency: 'the highways agency', expertField: 'road safety engineer',
  },
  {
    key: 'market-hall', thing: 'market hall restoration', figure: 'make room for {n} stalls', figureQuestion: 'How many stalls will the restored market hall make room for?',
    figureRange: [40, 160], costRange: [6, 28],
    parts: ['a new glass roof', 'a food court', 'a repaired clock tower', 'rooms for local clubs', 'an underground car park', 'a rooftop garden'],
    worry: 'an empty market hall crumbling in the middle of town', agency: 'the heritage trust', expertField: 'architectural historian',
  },
];
