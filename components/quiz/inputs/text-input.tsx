interface TextInputProps {
  id: string;
  label: string;
  hint?: string;
  value: string | undefined;
  onChange(value: string | null): void;
  disabled: boolean;
}

/** A typed answer. */
export function TextInput({ id, label, hint, value, onChange, disabled }: TextInputProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        autoComplete="off"
        maxLength={200}
        value={value ?? ''}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        className="mt-1 w-full max-w-md rounded-md border border-muted bg-white px-3 py-2 disabled:bg-stone-100"
      />
    </div>
  );
}
