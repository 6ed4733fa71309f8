import type { InputProps } from './answer-input';

/** For each quotation, a list of speakers to choose from. */
export function MatchInput({ question, answer, onChange, disabled }: InputProps<'match-speakers'>) {
  const chosen = answer ?? {};
  const choose = (index: number, speaker: string) => {
    const next = { ...chosen };
    if (speaker === '') delete next[String(index)];
    else next[String(index)] = speaker;
    onChange(Object.keys(next).length > 0 ? next : null);
  };
  return (
    <ol className="mt-3 grid gap-4">
      {question.quotes.map((quote, i) => {
        const selectId = `${question.id}-match-${i}`;
        return (
          <li key={quote} className="rounded-md border border-rule bg-white p-3">
            <blockquote id={`${selectId}-quote`} className="font-reading">
              “{quote}”
            </blockquote>
            <label htmlFor={selectId} className="mt-2 block text-sm font-medium">
              Speaker of quote {i + 1}
            </label>
            <select
              id={selectId}
              value={chosen[String(i)] ?? ''}
              disabled={disabled}
              aria-describedby={`${selectId}-quote`}
              onChange={(event) => choose(i, event.target.value)}
              className="mt-1 w-full max-w-md rounded-md border border-muted bg-white px-2 py-2 disabled:bg-stone-100"
            >
              <option value="">Choose a speaker…</option>
              {question.speakers.map((speaker) => (
                <option key={speaker} value={speaker}>
                  {speaker}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ol>
  );
}
