import { useState, type ReactNode } from 'react';

interface ConfirmButtonProps {
  label: string;
  question: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  className?: string;
}

/** A button that asks once more before doing something that cannot be undone. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, className }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} className={className}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-2 rounded-md border border-wrong bg-wrong-soft p-2 text-sm">
      <span>{question}</span>
      <button
        type="button"
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        className="rounded-md bg-wrong px-3 py-1 font-medium text-white"
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)} className="rounded-md border border-muted bg-white px-3 py-1">
        Cancel
      </button>
    </div>
  );
}
