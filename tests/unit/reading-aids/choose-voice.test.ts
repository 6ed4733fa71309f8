import { describe, expect, it } from 'vitest';

import { chooseVoice, type VoiceInfo } from '@/lib/reading-aids';

const voice = (name: string, lang: string, extra: Partial<VoiceInfo> = {}) => ({ name, lang, default: false, localService: false, ...extra });

describe('chooseVoice', () => {
  it.each<[string, ReturnType<typeof voice>[], string, string | null]>([
    ['no voices', [], 'en', null],
    ['no voice in the language', [voice('Amélie', 'fr-FR', { default: true })], 'en', null],
    ['the one voice in the language', [voice('Amélie', 'fr-FR', { default: true }), voice('Daniel', 'en-GB')], 'en', 'Daniel'],
    ['the browser’s default among several', [voice('Daniel', 'en-GB'), voice('Samantha', 'en-US', { default: true })], 'en', 'Samantha'],
    ['one on this device before a network one', [voice('Google UK English', 'en-GB'), voice('Daniel', 'en-GB', { localService: true })], 'en', 'Daniel'],
    ['the first when nothing else tells them apart', [voice('Daniel', 'en-GB'), voice('Karen', 'en-AU')], 'en', 'Daniel'],
    ['a regional page language, matched by language', [voice('Daniel', 'en-GB')], 'en-US', 'Daniel'],
    ['an Android-style tag with an underscore', [voice('English', 'en_US')], 'en', 'English'],
    ['case', [voice('English', 'EN-us')], 'en', 'English'],
    ['a longer code that only starts the same', [voice('Enets', 'enx-XX')], 'en', null],
  ])('%s', (_, voices, lang, expected) => {
    expect(chooseVoice(voices, lang)?.name ?? null).toBe(expected);
  });
});
