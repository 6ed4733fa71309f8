/**
 * Turning what zod finds wrong into sentences for a teacher: the field as
 * they wrote it, what to write instead, and the field they probably meant.
 */
import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';

import { articleMetaSchema, citeSchema, questionSchema, questionSetSchema } from '@/lib/content';

import type { Path } from './yaml-source';

export interface ExplainedIssue {
  /** Where the problem is: the value at `path`, or the key `key` of the map at `path`. */
  path: Path;
  key?: string;
  /** The field at fault, which for a missing field is not where it is reported. */
  field: string;
  message: string;
}

/** `questions[3].answer`: a path as a teacher reads it. */
export function describePath(path: Path): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The candidate whose text is nearest a target by edit distance (the first, on a tie), with that distance. */
export function nearest<T>(candidates: Iterable<T>, target: string, text: (candidate: T) => string): { item: T; distance: number } | undefined {
  let best: { item: T; distance: number } | undefined;
  for (const item of candidates) {
    const d = distance(text(item), target);
    if (!best || d < best.distance) best = { item, distance: d };
  }
  return best;
}

/** The closest of some words to a misspelt one, if it is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const best = nearest(candidates, word.toLowerCase(), (candidate) => candidate.toLowerCase());
  return best && best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.item : undefined;
}

function typeName(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'a group of fields';
  return `a ${typeof value}`;
}

/**
 * Why YAML read a group of fields where a list or a text belongs, when the
 * way it was written says: items without their dashes, or a text whose ": "
 * made its first words a field name.
 */
function typeHint(expected: string, input: unknown): string {
  if (typeName(input) !== 'a group of fields') return '';
  if (expected === 'array') return '; start each item with a dash ("- ")';
  const entries = Object.entries(input as Record<string, unknown>);
  const [key, value] = entries[0] ?? [];
  if (expected !== 'string' || entries.length !== 1 || !(typeof value === 'string' || value === null)) return '';
  const text = value === null ? `${String(key)}:` : `${String(key)}: ${value}`;
  return `; the ": " in it makes YAML read "${String(key)}" as a field name: put the whole text in quotes: ${JSON.stringify(text)}`;
}

const expectedNames: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a group of fields' };

/** What fields an object may have, where the schema can tell (for "did you mean"). */
export type KnownKeys = (path: Path) => readonly string[];

const kindKeys = new Map(questionSchema.options.map((option) => [option.shape.kind.value as string, Object.keys(option.shape)]));
const questionKinds = [...kindKeys.keys()];
const allQuestionKeys = [...new Set([...kindKeys.values()].flat())];

/** The fields a question set file may have at a path, for "did you mean" hints. */
export function setKnownKeys(data: unknown): KnownKeys {
  return (path: Path) => {
    if (path.length === 0) return Object.keys(questionSetSchema.shape);
    if (path[0] !== 'questions') return [];
    if (path.length === 3 && path[2] === 'kind') return questionKinds;
    if (path.length === 2) {
      const kind = (data as { questions?: { kind?: unknown }[] } | null)?.questions?.[path[1] as number]?.kind;
      return kindKeys.get(String(kind)) ?? allQuestionKeys;
    }
    if (path.length === 4 && path[2] === 'pairs') return ['quote', 'speaker'];
    if (path.length === 3 && path[2] === 'cite') return Object.keys(citeSchema.shape);
    return [];
  };
}

/** The fields an article's frontmatter may have at a path. */
export const articleKnownKeys: KnownKeys = (path) => {
  if (path.length === 0) return Object.keys(articleMetaSchema.shape);
  if (path[0] === 'image') return ['caption', 'credit'];
  if (path[0] === 'corrections') return ['original', 'corrected', 'note'];
  return [];
};

/** Turns a zod issue into a sentence for a teacher, naming the field and what to write instead. */
export function explainIssue(issue: z.core.$ZodIssue, knownKeys: KnownKeys): ExplainedIssue[] {
  const path = issue.path;
  const field = describePath(path);
  const prefix = field ? `${field}: ` : '';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const hint = didYouMean(key, knownKeys(path));
        return { path, key, field: describePath([...path, key]), message: `${prefix}unknown field "${key}"${hint ? `; did you mean "${hint}"?` : ''}` };
      });
    case 'invalid_type': {
      const last = path[path.length - 1];
      if (issue.input === undefined && last !== undefined) {
        const parent = describePath(path.slice(0, -1));
        return [{ path: path.slice(0, -1), field, message: `${parent ? `${parent}: ` : ''}missing the field "${String(last)}"` }];
      }
      return [{ path, field, message: `${prefix}should be ${expectedNames[issue.expected] ?? issue.expected}, not ${typeName(issue.input)}${typeHint(issue.expected, issue.input)}` }];
    }
    case 'invalid_union': {
      if (issue.discriminator === 'kind') {
        const at = path[path.length - 1] === 'kind' ? path : [...path, 'kind'];
        const question = at.slice(0, -1);
        const kind = issue.input && typeof issue.input === 'object' ? (issue.input as Record<string, unknown>).kind : issue.input;
        const kinds = knownKeys(at);
        if (kind === undefined) return [{ path: question, field: describePath(at), message: `${describePath(question)}: missing the field "kind"; use one of ${kinds.join(', ')}` }];
        const hint = didYouMean(String(kind), kinds);
        return [{ path: at, field: describePath(at), message: `${describePath(at)}: unknown kind "${String(kind)}"; ${hint ? `did you mean "${hint}"?` : `use one of ${kinds.join(', ')}`}` }];
      }
      break;
    }
    case 'invalid_value':
      return [{ path, field, message: `${prefix}must be ${issue.values.map((v) => `"${String(v)}"`).join(', ').replace(/, ([^,]*)$/, ' or $1')}, not "${String(issue.input)}"` }];
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return [{ path, field, message: `${prefix}must not be empty` }];
  }
  return [{ path, field, message: `${prefix}${issue.message}` }];
}
