'use client';

import { memo, type ChangeEvent } from 'react';

interface ChoiceOptionProps {
  type: 'radio' | 'checkbox';
  /** The radio group's name; checkboxes go without. */
  name?: string;
  value: string;
  label: string;
  checked: boolean;
  /** The same function from render to render, so an option whose checked state stays the same does not re-render. */
  onChange(event: ChangeEvent<HTMLInputElement>): void;
}

/**
 * One radio button or checkbox with its label. Choosing an option re-renders
 * the options it checks and unchecks, not the whole list: React sets every
 * property of each input it re-renders, and a radio's name twice over.
 */
export const ChoiceOption = memo(function ChoiceOption({ type, name, value, label, checked, onChange }: ChoiceOptionProps) {
  return (
    <label className="choice-option">
      <input type={type} name={name} value={value} checked={checked} onChange={onChange} className="size-6 shrink-0 accent-accent" />
      <span>{label}</span>
    </label>
  );
});
