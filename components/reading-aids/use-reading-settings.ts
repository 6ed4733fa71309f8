import { useSyncExternalStore } from 'react';

import { defaultReadingSettings, READING_SETTINGS_KEY, readingAttributes, readSavedReadingSettings, type ReadingSettings } from '@/lib/reading-aids';

const listeners = new Set<() => void>();
let current: ReadingSettings | null = null;

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(READING_SETTINGS_KEY);
  } catch {
    return null;
  }
}

function apply(settings: ReadingSettings) {
  current = settings;
  for (const [name, value] of Object.entries(readingAttributes(settings))) document.documentElement.setAttribute(name, value);
  listeners.forEach((listener) => listener());
}

function onStorage(event: StorageEvent) {
  // Another tab changed the settings: this one follows.
  if (event.key === READING_SETTINGS_KEY || event.key === null) apply(readSavedReadingSettings(readStorage()));
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

const isDefault = (settings: ReadingSettings) => (Object.keys(defaultReadingSettings) as (keyof ReadingSettings)[]).every((key) => settings[key] === defaultReadingSettings[key]);

/** The settings now; the very object the server rendered with when nothing is saved, so hydrating re-renders nothing. */
export function currentReadingSettings(): ReadingSettings {
  if (!current) {
    const saved = readSavedReadingSettings(readStorage());
    current = isDefault(saved) ? defaultReadingSettings : saved;
  }
  return current;
}

/** Saves a change to the settings and applies it to the page at once (and to this browser's other tabs). */
export function updateReadingSettings(change: Partial<ReadingSettings>) {
  const next = { ...currentReadingSettings(), ...change };
  try {
    window.localStorage.setItem(READING_SETTINGS_KEY, JSON.stringify(next));
  } catch {
    // Storage full or forbidden: the change still holds until the page is left.
  }
  apply(next);
}

/** The student's reading settings, as saved in this browser (the defaults while the server renders). */
export function useReadingSettings(): ReadingSettings {
  return useSyncExternalStore(subscribe, currentReadingSettings, () => defaultReadingSettings);
}
