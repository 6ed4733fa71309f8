/** The parts of the quiz state that belong to one question, by its id. */
export interface PerQuestionState {
  answers: Readonly<Record<string, unknown>>;
  citations: Readonly<Record<string, unknown>>;
  results: Readonly<Record<string, unknown>>;
  /** The question being checked, or 'submit' while the whole set is. */
  pending: string | null;
  citing: { questionId: string } | null;
}

/** Adds to `into` every key whose value differs between two records (the same record: none). */
function addChangedKeys(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>, into: Set<string>) {
  if (before === after) return;
  for (const id in after) if (after[id] !== before[id]) into.add(id);
  for (const id in before) if (!(id in after)) into.add(id);
}

/**
 * The questions a change to the quiz state touches: those whose answer,
 * Part B, result, pending check or citing changed. What one question's
 * components read changes only when its id is here, so only they need
 * telling.
 */
export function changedQuestions(before: PerQuestionState, after: PerQuestionState): Set<string> {
  const changed = new Set<string>();
  addChangedKeys(before.answers, after.answers, changed);
  addChangedKeys(before.citations, after.citations, changed);
  addChangedKeys(before.results, after.results, changed);
  if (before.pending !== after.pending) {
    if (before.pending !== null) changed.add(before.pending);
    if (after.pending !== null) changed.add(after.pending);
  }
  if (before.citing !== after.citing) {
    if (before.citing) changed.add(before.citing.questionId);
    if (after.citing) changed.add(after.citing.questionId);
  }
  return changed;
}
