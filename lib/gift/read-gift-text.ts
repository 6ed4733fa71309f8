import type { GiftFormat, GiftText } from './gift-question';
import { restoreEscapes } from './protect-escapes';

const FORMATS: readonly GiftFormat[] = ['moodle', 'html', 'markdown', 'plain'];

/**
 * A piece of question, answer or feedback text as Moodle reads it: trimmed,
 * an optional "[html]", "[markdown]", "[plain]" or "[moodle]" prefix taken as
 * its format (else the question's format), escapes resolved.
 */
export function readGiftText(protectedText: string, defaultFormat: GiftFormat = 'moodle'): GiftText {
  const text = protectedText.trim();
  const prefix = /^\[([a-z]+)\]/.exec(text);
  const format = FORMATS.find((f) => f === prefix?.[1]);
  if (prefix && format) return { text: restoreEscapes(text.slice(prefix[0].length)).trim(), format };
  return { text: restoreEscapes(text).trim(), format: defaultFormat };
}
