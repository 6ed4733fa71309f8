'use client';

import { useCallback, type ChangeEvent } from 'react';

import { ChoiceOption } from './choice-option';

export interface Choice {
  value: string;
  label: string;
}

interface ChoiceInputProps {
  name: string;
  legend: string;
  choices: readonly Choice[];
  value: string | undefined;
  onChange(value: string): void;
  disabled: boolean;
}

/** A group of radio buttons: one answer from a list. */
export function ChoiceInput({ name, legend, choices, value, onChange, disabled }: ChoiceInputProps) {
  const choose = useCallback((event: ChangeEvent<HTMLInputElement>) => onChange(event.currentTarget.value), [onChange]);
  return (
    <fieldset disabled={disabled} className="mt-3">
      <legend className="sr-only">{legend}</legend>
      <div className="grid gap-2">
        {choices.map((choice) => (
          <ChoiceOption key={choice.value} type="radio" name={name} value={choice.value} label={choice.label} checked={value === choice.value} onChange={choose} />
        ))}
      </div>
    </fieldset>
  );
}

export const asChoices = (values: readonly string[]): Choice[] => values.map((value) => ({ value, label: value }));
