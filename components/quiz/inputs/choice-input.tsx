'use client';

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
  return (
    <fieldset disabled={disabled} className="mt-3">
      <legend className="sr-only">{legend}</legend>
      <div className="grid gap-2">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-rule bg-white px-3 py-2 hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-disabled:cursor-default"
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              className="size-6 shrink-0 accent-accent"
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export const asChoices = (values: readonly string[]): Choice[] => values.map((value) => ({ value, label: value }));
