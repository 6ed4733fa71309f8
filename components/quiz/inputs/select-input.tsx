'use client';

import { useCallback, useLayoutEffect, useRef, type ChangeEvent } from 'react';

import { toggleOption } from '@/lib/quiz';

import { ChoiceOption } from './choice-option';
import type { InputProps } from './input-props';

/** Checkboxes: every option that applies. */
export function SelectInput({ question, answer, onChange, disabled }: InputProps<'multiple-select'>) {
  const chosen = answer ?? [];
  // The handler reads the latest answer rather than closing over it, so it stays the same function and only the ticked option re-renders.
  const latest = useRef(chosen);
  useLayoutEffect(() => {
    latest.current = chosen;
  });
  const { options } = question;
  const toggle = useCallback((event: ChangeEvent<HTMLInputElement>) => onChange(toggleOption(options, latest.current, event.currentTarget.value)), [options, onChange]);
  return (
    <fieldset disabled={disabled} className="mt-3">
      <legend className="mb-2 text-sm text-muted">Choose every answer that applies.</legend>
      <div className="grid gap-2">
        {options.map((option) => (
          <ChoiceOption key={option} type="checkbox" value={option} label={option} checked={chosen.includes(option)} onChange={toggle} />
        ))}
      </div>
    </fieldset>
  );
}
