'use client';

import { useEffect, useRef, useState } from 'react';

import { readingOptions } from '@/lib/reading-aids';

import { ArticleReader, type ReadingStatus } from './article-reader';
import { useHasVoices } from './speech';
import { updateReadingSettings, useReadingSettings } from './use-reading-settings';

const button = 'rounded-full border border-rule px-3 py-1 font-medium hover:border-accent';

/** Read aloud for the article: play, pause, stop and speed, kept in view at the foot of the article. Absent when the browser has no voices. */
export function ReadAloud() {
  return useHasVoices() ? <ReadAloudControls /> : null;
}

function ReadAloudControls() {
  const { speechRate } = useReadingSettings();
  const [status, setStatus] = useState<ReadingStatus>('idle');
  const [reader] = useState(() => new ArticleReader(setStatus));
  const playButton = useRef<HTMLButtonElement>(null);

  useEffect(() => reader.setRate(speechRate), [reader, speechRate]);
  useEffect(() => () => reader.stop(), [reader]);

  return (
    <div className="pointer-events-none sticky bottom-3 z-10 mt-8 flex justify-end">
      <div role="group" aria-label="Read the article aloud" className="pointer-events-auto flex flex-wrap items-center gap-2 rounded-3xl border border-rule bg-white px-3 py-2 text-sm shadow-md">
        <button ref={playButton} type="button" onClick={() => (status === 'playing' ? reader.pause() : reader.play())} className={button}>
          {status === 'playing' ? 'Pause' : status === 'paused' ? 'Resume' : 'Read aloud'}
        </button>
        {status !== 'idle' && (
          <button
            type="button"
            onClick={() => {
              reader.stop();
              playButton.current?.focus();
            }}
            className={button}
          >
            Stop
          </button>
        )}
        <label className="flex items-center gap-1">
          Speed
          <select value={speechRate} onChange={(event) => updateReadingSettings({ speechRate: Number(event.target.value) as typeof speechRate })} className="rounded-md border border-muted bg-white px-1 py-0.5">
            {readingOptions.speechRate.map((rate) => (
              <option key={rate} value={rate}>
                {rate}×
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
