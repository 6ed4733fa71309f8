import { useEffect, useRef, useState } from 'react';

import type { InputProps } from './answer-input';

const moved = (items: readonly string[], from: number, to: number) => {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as string);
  return next;
};

/** Events to put in order, each moved with its own up and down buttons. */
export function OrderInput({ question, answer, onChange, disabled }: InputProps<'order'>) {
  const items = answer ?? question.items;
  const [announcement, setAnnouncement] = useState('');
  // A moved item's button leaves the DOM and comes back: put focus back on it.
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    if (refocus.current) document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  }, [items]);

  const move = (from: number, to: number, direction: 'up' | 'down') => {
    const next = moved(items, from, to);
    onChange(next);
    setAnnouncement(`“${items[from]}” is now number ${to + 1} of ${items.length}.`);
    const stillMovable = direction === 'up' ? to > 0 : to < items.length - 1;
    refocus.current = `${question.id}-item-${next.indexOf(items[from] as string)}-${stillMovable ? direction : direction === 'up' ? 'down' : 'up'}`;
  };

  return (
    <div className="mt-3">
      <p className="text-sm text-muted" id={`${question.id}-order-hint`}>
        Move each event up or down with its arrow buttons until the list is in order.
      </p>
      <ol className="mt-2 grid gap-2" aria-describedby={`${question.id}-order-hint`}>
        {items.map((item, i) => (
          <li key={item} className="flex items-center gap-2 rounded-md border border-rule bg-white px-3 py-2">
            <span aria-hidden="true" className="w-5 font-semibold text-muted tabular-nums">
              {i + 1}.
            </span>
            <span className="flex-1">{item}</span>
            <button
              type="button"
              id={`${question.id}-item-${i}-up`}
              disabled={disabled || i === 0}
              onClick={() => move(i, i - 1, 'up')}
              aria-label={`Move “${item}” up`}
              className="rounded border border-rule px-2 py-1 hover:border-accent disabled:opacity-40"
            >
              ↑
            </button>
            <button
              type="button"
              id={`${question.id}-item-${i}-down`}
              disabled={disabled || i === items.length - 1}
              onClick={() => move(i, i + 1, 'down')}
              aria-label={`Move “${item}” down`}
              className="rounded border border-rule px-2 py-1 hover:border-accent disabled:opacity-40"
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      {answer === undefined && !disabled && (
        <button type="button" onClick={() => onChange([...items])} className="mt-2 text-sm text-accent underline">
          Keep this order as my answer
        </button>
      )}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
