import nlp from 'compromise';

export type Gender = 'male' | 'female';

/**
 * What compromise's lexicon knows about a single capitalised word, read
 * once per word: whether it is a first name ("Wendy", "Sean"), a name of
 * any kind, or a common English noun ("Voice", "Bank") that heads a name
 * such as "Voice of America".
 */
interface WordKind {
  firstName: boolean;
  gender: Gender | null;
  personal: boolean;
  commonNoun: boolean;
  place: boolean;
}

const known = new Map<string, WordKind>();
type Lexicon = Record<string, string | undefined>;
/** Read on first use, so importing the module does nothing. */
let lexicon: Lexicon | undefined;

function kindOf(word: string): WordKind {
  const cached = known.get(word);
  if (cached) return cached;
  const tags = new Set((nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? []);
  lexicon ??= (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
  const entry = lexicon[word.toLowerCase()];
  const kind = {
    firstName: tags.has('FirstName'),
    gender: tags.has('MaleName') === tags.has('FemaleName') ? null : tags.has('MaleName') ? ('male' as const) : ('female' as const),
    personal: tags.has('Person') || tags.has('FirstName') || tags.has('LastName'),
    place: tags.has('Place'),
    commonNoun: !tags.has('Person') && !tags.has('Place') && (entry === 'Singular' || entry === 'Plural' || entry === 'Uncountable'),
  };
  known.set(word, kind);
  return kind;
}

/** Whether compromise knows the word as a given name: "Wendy", "Sean", "Kathleen". */
export const isFirstName = (word: string): boolean => kindOf(word).firstName;

/** Whether compromise knows the word as part of a person's name. */
export const isPersonalName = (word: string): boolean => kindOf(word).personal;

/** Whether the word is an everyday English noun ("Voice", "Bank"), not a name. */
export const isCommonNoun = (word: string): boolean => kindOf(word).commonNoun;

/** Whether compromise knows the word as a place's name: "China", "Texas". */
export const isPlaceWord = (word: string): boolean => kindOf(word).place;

/** The gender compromise's lexicon gives a person's first given name ("Wendy Sherman" → female), or null when it does not know. */
export const genderOf = (name: string): Gender | null => kindOf(name.split(/\s+/)[0] ?? name).gender;
