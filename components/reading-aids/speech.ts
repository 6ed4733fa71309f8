import { useSyncExternalStore } from 'react';

import { chooseVoice } from '@/lib/reading-aids';

/** Whoever is reading aloud: told when another reader takes the voice over. */
export interface Reader {
  interrupted(): void;
}

let active: Reader | null = null;

function hasSpeech(): boolean {
  return typeof window !== 'undefined' && Boolean(window.speechSynthesis) && typeof window.SpeechSynthesisUtterance === 'function';
}

/** Whether this browser can read aloud: it has speech synthesis and at least one voice. */
export function hasVoices(): boolean {
  return hasSpeech() && window.speechSynthesis.getVoices().length > 0;
}

/** Calls back whenever the browser's voices change (they load after the page). */
export function onVoicesChanged(callback: () => void): () => void {
  if (!hasSpeech()) return () => {};
  window.speechSynthesis.addEventListener('voiceschanged', callback);
  return () => window.speechSynthesis.removeEventListener('voiceschanged', callback);
}

/** Whether read aloud can be offered: false on the server and while the browser has no voices (they load after the page). */
export function useHasVoices(): boolean {
  return useSyncExternalStore(onVoicesChanged, hasVoices, () => false);
}

/** An utterance in the page's language, with a fitting voice, at the given rate. */
export function utteranceOf(text: string, rate: number): SpeechSynthesisUtterance {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = document.documentElement.lang || 'en';
  utterance.rate = rate;
  const voice = chooseVoice(window.speechSynthesis.getVoices(), utterance.lang);
  if (voice) utterance.voice = voice;
  return utterance;
}

/** Speaks for `reader`, first silencing whatever was being read (and telling its reader). */
export function speak(reader: Reader, utterance: SpeechSynthesisUtterance) {
  if (active && active !== reader) active.interrupted();
  active = reader;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}

/** Stops `reader`'s speech, if the voice is still its own. */
export function silence(reader: Reader) {
  if (active !== reader) return;
  active = null;
  window.speechSynthesis.cancel();
}
