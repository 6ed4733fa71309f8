'use client';

import { useId, useRef, useState, type KeyboardEvent } from 'react';

import { defaultReadingSettings, readingOptions, type ReadingSettings } from '@/lib/reading-aids';

import { updateReadingSettings, useReadingSettings } from './use-reading-settings';

type VisualSetting = 'textSize' | 'lineSpacing' | 'theme' | 'typeface';

const groups: { setting: VisualSetting; legend: string; labels: Record<string, string> }[] = [
  { setting: 'textSize', legend: 'Text size', labels: { standard: 'Standard', large: 'Large', larger: 'Larger', largest: 'Largest' } },
  { setting: 'lineSpacing', legend: 'Line spacing', labels: { standard: 'Standard', wide: 'Wide', wider: 'Wider' } },
  { setting: 'theme', legend: 'Theme', labels: { system: 'As the device', light: 'Light', dark: 'Dark' } },
  { setting: 'typeface', legend: 'Typeface', labels: { standard: 'Standard', legible: 'Atkinson Hyperlegible' } },
];

/** "Reading settings" in the site header: a disclosure with text size, line spacing, theme and typeface, each applied at once and remembered. */
export function ReadingSettingsPanel() {
  const [open, setOpen] = useState(false);
  const settings = useReadingSettings();
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="relative ml-auto" onKeyDown={closeOnEscape}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="rounded-md border border-rule px-3 py-1 text-sm font-medium hover:border-accent aria-expanded:border-accent aria-expanded:bg-accent-soft"
      >
        Reading settings
      </button>
      <div
        id={panelId}
        role="group"
        aria-label="Reading settings"
        hidden={!open}
        className="absolute top-full right-0 z-40 mt-2 max-h-[calc(100dvh-4rem)] w-[min(22rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-rule bg-white p-4 shadow-lg"
      >
        {open && (
          <>
            {groups.map((group) => (
              <SettingChoice key={group.setting} {...group} value={settings[group.setting]} />
            ))}
            <button type="button" onClick={() => updateReadingSettings(pickVisual(defaultReadingSettings))} className="mt-3 text-sm text-accent underline">
              Back to the standard settings
            </button>
          </>
        )}
      </div>
    </div>
  );
}

const pickVisual = ({ textSize, lineSpacing, theme, typeface }: ReadingSettings) => ({ textSize, lineSpacing, theme, typeface });

function SettingChoice({ setting, legend, labels, value }: (typeof groups)[number] & { value: string }) {
  return (
    <fieldset className="mt-3 first:mt-0">
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-1.5">
        {readingOptions[setting].map((option) => (
          <label key={option} className="flex cursor-pointer items-center gap-2 rounded-md border border-rule px-2 py-1 text-sm has-checked:border-accent has-checked:bg-accent-soft hover:border-accent">
            <input
              type="radio"
              name={`reading-${setting}`}
              value={option}
              checked={value === option}
              onChange={() => updateReadingSettings({ [setting]: option })}
              className="size-6 shrink-0 accent-accent"
            />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
