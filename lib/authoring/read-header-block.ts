import { countWords } from '@/lib/content';

/**
 * The short lines a press office or a news page sets between the headline
 * and the text: "Press Statement", the writer's name and title on lines of
 * their own ("Michael R. Pompeo" / "Secretary of State"), the issuing office
 * ("Office of the Spokesperson"), the place ("Washington, DC"), a photo
 * caption without a credit. Each reader here judges one line; which of them
 * apply is decided by readPlainArticle from where the line stands.
 */

/** A line naming the kind of document rather than saying anything: "Press Statement", "FOR IMMEDIATE RELEASE", "Media Note". */
const DOCUMENT_TYPE =
  /^(?:(?:joint\s+)?(?:press|news|media)\s+(?:statement|release|note|advisory|briefing)|statement|readout|fact\s+sheet|remarks|transcript|speech|op-ed|interview|news|(?:for\s+)?immediate\s+release|for\s+release|embargoed(?:\s+until\b.*)?|release)$/i;

export function isDocumentType(line: string): boolean {
  return DOCUMENT_TYPE.test(line.trim().replace(/[.:]$/, ''));
}

/**
 * A line short enough to be part of a header rather than text: at most ten
 * words, and not a sentence (no full stop after a lower-case word).
 */
export function isShortHeaderLine(line: string): boolean {
  return countWords(line) <= 10 && !/\p{Ll}{2,}[.!?]["'”’)]*$/u.test(line.trim());
}

/**
 * A person's or an office's name alone on a line: capitalised words, with
 * "of", "the", "and", "for" between them ("Michael R. Pompeo", "Office of
 * the Spokesperson", "Bureau of Public Affairs"), two to eight words, not
 * starting like a job title ("Secretary of State", "Staff Writer").
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const NAME_LINE = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${NAME_WORD}|of|the|and|for|de|van|von|al|bin))*$`, 'u');

/** A job title's first word: "Secretary of State", "Deputy Spokesperson", "Staff Writer" are titles, not names. */
const ROLE_START = /^(?:secretary|minister|director|president|vice|administrator|ambassador|spokes(?:person|man|woman)|chair(?:man|woman)?|governor|senator|mayor|deputy|under|assistant|acting|chief|head|senior|professor|staff|special|white|foreign|national|correspondent|reporter|editor|writer|contributor)\b/i;

export function isNameLine(line: string): boolean {
  const words = countWords(line);
  return words >= 2 && words <= 8 && NAME_LINE.test(line.trim()) && !isDocumentType(line) && !ROLE_START.test(line.trim());
}

/**
 * A photo caption copied without its credit: a line that describes a
 * picture ("… is seen at …", "… poses for …", "FILE - …", "(File photo)"), or
 * ends with an agency's photo credit ("REUTERS/Jane Doe").
 * Only a line between the headline and the text is weighed.
 */
const PHOTO_WORDS = /\b(?:is|are)\s+(?:seen|pictured|shown)\b(?!\s+as\b)|\bpictured\b|\bposes?\s+for\b|\bfile\s+photo\b|^FILE\s*[-–—(]|\(AP Photo|\bphoto\s+(?:by|courtesy)\b|\b(?:REUTERS|AFP|AP|EPA|Getty Images)\s*\/\s*\p{Lu}/iu;

export function isPhotoDescription(line: string): boolean {
  return countWords(line) <= 45 && PHOTO_WORDS.test(line);
}
