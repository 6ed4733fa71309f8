'use client';

import type { InputProps } from './input-props';

/** Checkboxes: every option that applies. */
export function SelectInput({ question, answer, onChange, disabled }: InputProps<'multiple-select'>) {
  const chosen = answer ?? [];
  const toggle = (option: string) => {
    const next = chosen.includes(option) ? chosen.filter((o) => o !== option) : question.options.filter((o) => o === option || chosen.includes(o));
    onChange(next.length > 0 ? next : null);
  };
  return (
    <fieldset disabled={disabled} className="mt-3">
      <legend className="mb-2 text-sm text-muted">Choose every answer that applies.</legend>
      <div className="grid gap-2">
        {question.options.map((option) => (
          <label
            key={option}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-rule bg-white px-3 py-2 hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-disabled:cursor-default"
          >
            <input type="checkbox" checked={chosen.includes(option)} onChange={() => toggle(option)} className="size-6 shrink-0 accent-accent" />
            <span>{option}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
