/**
 * A labelled line a teacher or a clipping tool puts above (or below) an
 * article: "TITLE: …", "SOURCE: VOA News, 2013", "By: …", "URL: …". Only the
 * label words below count, each spelled out and followed by a colon at the
 * start of the line, so a sentence with a colon in it is never one. The
 * field says what the value fills; "contact" labels ("Phone:", "RELEASE:")
 * and "other" labels ("SECTION:", "TAGS:") are metadata with no field of
 * their own, dropped from the text.
 */
export type LabelField = 'title' | 'dek' | 'author' | 'date' | 'source' | 'dateline' | 'url' | 'contact' | 'other';

export interface LabelLine {
  field: LabelField;
  /** The label as written, without its colon: "SOURCE". */
  label: string;
  /** What follows the colon, trimmed; may be empty. */
  value: string;
}

const FIELDS: Record<Exclude<LabelField, 'other'>, readonly string[]> = {
  title: ['title', 'headline', 'heading', 'head', 'hed', 'article title', 'story title'],
  dek: ['dek', 'deck', 'standfirst', 'subtitle', 'subheading', 'subhead', 'sub-headline', 'subheadline', 'summary', 'teaser', 'description', 'lede'],
  author: ['author', 'authors', 'by', 'byline', 'writer', 'written by', 'reporter', 'correspondent', 'posted by'],
  date: ['date', 'dated', 'published', 'publication date', 'date published', 'published on', 'posted', 'posted on', 'updated', 'last updated', 'first published'],
  source: ['source', 'publication', 'publisher', 'published by', 'newspaper', 'outlet', 'news source', 'agency'],
  dateline: ['dateline', 'place', 'location'],
  url: ['url', 'link', 'web address', 'original url', 'source url', 'address'],
  contact: ['contact', 'contacts', 'media contact', 'press contact', 'phone', 'tel', 'telephone', 'fax', 'email', 'e-mail', 'release', 'release no', 'release number', 'news release'],
};

const OTHER = ['credit', 'image credit', 'caption', 'section', 'category', 'categories', 'tags', 'tag', 'keywords', 'topic', 'topics', 'words', 'word count', 'length', 'language', 'type', 'genre', 'level', 'copyright', 'rights', 'license', 'licence', 'id'];

const BY_LABEL = new Map<string, LabelField>([...Object.entries(FIELDS).flatMap(([field, labels]) => labels.map((label) => [label, field as LabelField] as const)), ...OTHER.map((label) => [label, 'other'] as const)]);

/** A label of one to three words, then a colon; "http:" and "10:30" never start one (a letter must follow the words). */
const LABEL = /^([A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){0,2})\s*:(?!\/\/)\s*(.*)$/;

export function readLabelLine(line: string): LabelLine | null {
  // "(Phone: 202/358-1600)": a label may stand in brackets.
  const match = LABEL.exec(line.trim().replace(/^\((.*)\)$/, '$1'));
  if (!match) return null;
  const [, label = '', value = ''] = match;
  // "Title", "TITLE" or "title", but not "TiTle": a label is written in one case or capitalised.
  if (label !== label.toUpperCase() && label !== label.toLowerCase() && !/^[A-Z][a-z-]*(?: [A-Za-z][a-z-]*)*$/.test(label)) return null;
  const field = BY_LABEL.get(label.toLowerCase().replace(/\s+/g, ' '));
  return field ? { field, label, value: value.trim() } : null;
}

/**
 * The parts of a source label's value: "VOA News, 2013" → the publication
 * "VOA News" and the date words "2013"; "https://…" → a URL. The date words
 * are what follows the first comma or dash that starts a date, read later.
 */
export interface SourceValue {
  publication?: string;
  dateText?: string;
  url?: string;
}

const URL_PATTERN = /\bhttps?:\/\/\S+/i;
const DATE_START = /\s*(?:,|\s[-–—|]\s|\()\s*(?=(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\b))/;

export function readSourceValue(value: string): SourceValue {
  const url = URL_PATTERN.exec(value)?.[0]?.replace(/[).,;]+$/, '');
  const rest = url ? value.replace(url, ' ').replace(/[\s()[\],;|-]+$/, '').trim() : value;
  const cut = DATE_START.exec(rest);
  const publication = (cut ? rest.slice(0, cut.index) : rest).replace(/[\s,;:|–—-]+$/, '').trim();
  const dateText = cut ? rest.slice(cut.index + cut[0].length).replace(/\)\s*$/, '').trim() : undefined;
  return { ...(publication ? { publication } : {}), ...(dateText ? { dateText } : {}), ...(url ? { url } : {}) };
}
