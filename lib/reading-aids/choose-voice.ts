/** What choosing a voice needs to know of one (a SpeechSynthesisVoice has these). */
export interface VoiceInfo {
  lang: string;
  default: boolean;
  localService: boolean;
}

/**
 * The voice to read a page in `lang` with: one of that language, the
 * browser's default first, then one on this device (they report word
 * boundaries, which the highlight follows), then any; null leaves the choice
 * to the browser.
 */
export function chooseVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | null {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const fitting = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
  return fitting.find((v) => v.default) ?? fitting.find((v) => v.localService) ?? fitting[0] ?? null;
}
