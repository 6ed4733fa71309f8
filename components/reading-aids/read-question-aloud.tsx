'use client';

import { useRef, useState } from 'react';

import type { PublicQuestion } from '@/lib/content';
import { questionSpeech } from '@/lib/reading-aids';
import { cx } from '@/lib/ui';

import { silence, speak, useHasVoices, utteranceOf, type Reader } from './speech';
import { currentReadingSettings } from './use-reading-settings';

/**
 * "Read aloud" for one question: prompt, quotation or claim, and choices,
 * these as `shownAs` says they are shown when the button is pressed.
 * Always takes its place at the card's top right, shown only once the
 * browser has voices, so it never moves the question when it appears.
 */
export function ReadQuestionAloud({ question, number, shownAs = (q) => q }: { question: PublicQuestion; number: number; shownAs?: (question: PublicQuestion) => PublicQuestion }) {
  const voices = useHasVoices();
  const [speaking, setSpeaking] = useState(false);
  const current = useRef<SpeechSynthesisUtterance | null>(null);
  const [reader] = useState<Reader>(() => ({
    interrupted: () => {
      current.current = null;
      setSpeaking(false);
    },
  }));

  const toggle = () => {
    if (speaking) {
      reader.interrupted();
      silence(reader);
      return;
    }
    const utterance = utteranceOf(questionSpeech(shownAs(question), number), currentReadingSettings().speechRate);
    utterance.onend = utterance.onerror = () => {
      if (utterance === current.current) reader.interrupted();
    };
    current.current = utterance;
    setSpeaking(true);
    speak(reader, utterance);
  };

  return (
    <button type="button" onClick={toggle} className={cx('float-right -mt-1 ml-3 rounded-full border border-rule px-2 py-0.5 text-xs font-medium hover:border-accent', !voices && 'invisible')}>
      {speaking ? 'Stop reading' : 'Read aloud'}
      <span className="sr-only"> question {number}</span>
    </button>
  );
}
