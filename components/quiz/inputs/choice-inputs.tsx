import { toggleOption } from '@/lib/quiz';

export interface Choice {
  value: string;
  label: string;
}

export const asChoices = (values: readonly string[]): Choice[] => values.map((value) => ({ value, label: value }));

function ChoiceOption({ type, name, value, label, checked, onChange }: { type: 'radio' | 'checkbox'; name?: string; value: string; label: string; checked: boolean; onChange(): void }) {
  return (
    <label className="flex cursor-pointer items-start gap-3 rounded-md border border-rule bg-white px-3 py-2 hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-disabled:cursor-default">
      <input type={type} name={name} value={value} checked={checked} onChange={onChange} className="size-6 shrink-0 accent-accent" />
      <span>{label}</span>
    </label>
  );
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
          <ChoiceOption key={choice.value} type="radio" name={name} value={choice.value} label={choice.label} checked={value === choice.value} onChange={() => onChange(choice.value)} />
        ))}
      </div>
    </fieldset>
  );
}

interface SelectInputProps {
  options: readonly string[];
  chosen: readonly string[] | undefined;
  onChange(chosen: string[] | null): void;
  disabled: boolean;
}

/** Checkboxes: every option that applies. */
export function SelectInput({ options, chosen = [], onChange, disabled }: SelectInputProps) {
  return (
    <fieldset disabled={disabled} className="mt-3">
      <legend className="mb-2 text-sm text-muted">Choose every answer that applies.</legend>
      <div className="grid gap-2">
        {options.map((option) => (
          <ChoiceOption key={option} type="checkbox" value={option} label={option} checked={chosen.includes(option)} onChange={() => onChange(toggleOption(options, chosen, option))} />
        ))}
      </div>
    </fieldset>
  );
}
