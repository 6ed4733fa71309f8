/**
 * A stand-in for the browser's speech synthesis, installed with
 * `page.addInitScript(installFakeSpeech, { voices })`: it speaks nothing,
 * records every utterance, and lets a test play the voice's part by firing
 * `boundary` and `end` events on the utterance being spoken. Like Chromium,
 * it has no voices at first and announces them with `voiceschanged` (even
 * when there are none). Self-contained, as an init script must be.
 */
export interface FakeVoice {
  name: string;
  lang: string;
  default?: boolean;
}

export interface SpokenUtterance {
  text: string;
  rate: number;
  lang: string;
  voice: string | null;
}

export interface FakeSpeechLog {
  spoken: SpokenUtterance[];
  cancels: number;
  /** Whether `voiceschanged` has fired yet. */
  voicesAnnounced: boolean;
}

export function installFakeSpeech({ voices }: { voices: FakeVoice[] }) {
  type Handler = ((event: Event) => void) | null;
  class FakeUtterance extends EventTarget {
    text: string;
    lang = '';
    rate = 1;
    pitch = 1;
    volume = 1;
    voice: { name: string } | null = null;
    onstart: Handler = null;
    onend: Handler = null;
    onerror: Handler = null;
    onboundary: Handler = null;
    onpause: Handler = null;
    onresume: Handler = null;
    onmark: Handler = null;
    constructor(text = '') {
      super();
      this.text = text;
    }
    fire(type: string, fields: Record<string, unknown> = {}) {
      const event = Object.assign(new Event(type), { utterance: this, ...fields });
      (this as unknown as Record<string, Handler>)[`on${type}`]?.(event);
      this.dispatchEvent(event);
    }
  }

  const asVoices = (list: FakeVoice[]) => list.map((v) => ({ voiceURI: v.name, name: v.name, lang: v.lang, default: v.default ?? false, localService: true }));
  let loaded: ReturnType<typeof asVoices> = [];
  const log = { spoken: [] as SpokenUtterance[], cancels: 0, voicesAnnounced: false };
  let current: FakeUtterance | null = null;

  const synth = Object.assign(new EventTarget(), {
    onvoiceschanged: null,
    paused: false,
    pending: false,
    get speaking() {
      return current !== null;
    },
    getVoices: () => loaded,
    speak(utterance: FakeUtterance) {
      current = utterance;
      log.spoken.push({ text: utterance.text, rate: utterance.rate, lang: utterance.lang, voice: utterance.voice?.name ?? null });
      queueMicrotask(() => utterance.fire('start', { charIndex: 0 }));
    },
    cancel() {
      log.cancels++;
      const cancelled = current;
      current = null;
      cancelled?.fire('error', { error: 'interrupted', charIndex: 0 });
    },
    pause() {},
    resume() {},
  });

  const control = {
    log,
    /** The voice reaches `charIndex` of the utterance being spoken. */
    boundary(charIndex: number) {
      current?.fire('boundary', { charIndex, charLength: 1, name: 'word' });
    },
    /** The voice finishes the utterance being spoken. */
    end() {
      const finished = current;
      current = null;
      finished?.fire('end', { charIndex: finished.text.length });
    },
    /** The browser's voices change to `list`. */
    announce(list: FakeVoice[]) {
      loaded = asVoices(list);
      log.voicesAnnounced = true;
      synth.dispatchEvent(new Event('voiceschanged'));
    },
  };

  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  Object.defineProperty(window, '__speech', { value: control });
  setTimeout(() => control.announce(voices), 50);
}

export const ENGLISH_VOICES: FakeVoice[] = [
  { name: 'Fake French', lang: 'fr-FR', default: true },
  { name: 'Fake English', lang: 'en-GB' },
];

declare global {
  interface Window {
    __speech: { log: FakeSpeechLog; boundary(charIndex: number): void; end(): void; announce(list: FakeVoice[]): void };
  }
}
