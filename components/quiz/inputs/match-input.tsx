/** What a matching shows and says: the items, the list each is matched from, and how the rows are labelled. */
export interface MatchWording {
  /** The label of row `n` (from 1): "Speaker of quote 1". */
  label(n: number): string;
  /** The empty choice: "Choose a speaker…". */
  placeholder: string;
  /** Items are quotations, shown in quotation marks. */
  quoted: boolean;
}

interface MatchInputProps {
  id: string;
  items: readonly string[];
  /** The order the rows are shown in, by item number; the items' own order when not given. */
  rows?: readonly number[];
  choices: readonly string[];
  /** Item number ("0", "1", …) → the entry chosen for it. */
  answer: Record<string, string> | undefined;
  onChange(answer: Record<string, string> | null): void;
  disabled: boolean;
  wording: MatchWording;
}

/** For each item (a quotation, or anything else to match), a list to choose its match from. */
export function MatchInput({ id, items, rows = items.map((_, i) => i), choices, answer, onChange, disabled, wording }: MatchInputProps) {
  const chosen = answer ?? {};
  const choose = (index: number, choice: string) => {
    const next = { ...chosen };
    if (choice === '') delete next[String(index)];
    else next[String(index)] = choice;
    onChange(Object.keys(next).length > 0 ? next : null);
  };
  return (
    <ol className="mt-3 grid gap-4">
      {rows.map((i, row) => {
        const item = items[i] as string;
        // Ids follow the item, so a row keeps its label and answer wherever it is shown.
        const selectId = `${id}-match-${i}`;
        const Item = wording.quoted ? 'blockquote' : 'p';
        return (
          <li key={item} className="rounded-md border border-rule bg-white p-3">
            <Item id={`${selectId}-item`} className="font-reading">
              {wording.quoted ? `“${item}”` : item}
            </Item>
            <label htmlFor={selectId} className="mt-2 block text-sm font-medium">
              {wording.label(row + 1)}
            </label>
            <select
              id={selectId}
              value={chosen[String(i)] ?? ''}
              disabled={disabled}
              aria-describedby={`${selectId}-item`}
              onChange={(event) => choose(i, event.target.value)}
              className="mt-1 w-full max-w-md rounded-md border border-muted bg-white px-2 py-2 disabled:bg-stone-100"
            >
              <option value="">{wording.placeholder}</option>
              {choices.map((choice) => (
                <option key={choice} value={choice}>
                  {choice}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ol>
  );
}
