/**
 * The typed forms under which an exact number is accepted: as written, in
 * its shortest form ("3.50" → "3.5"), and from 10,000 with thousands
 * separators ("12000" → "12,000", which also stands for "12 000" once answers
 * are normalised). Below 10,000 the separator is left out, so a year stays
 * one form ("2022", never "2,022"). A decimal comma needs no form of its own:
 * "3,5" and "3.5" are the same typed answer (docs/scoring.md).
 */
export function numberForms(written: string): string[] {
  const value = Number(written);
  const forms = [written, String(value)];
  if (Number.isInteger(value) && Math.abs(value) >= 10_000 && Math.abs(value) < 1e21) forms.push(value.toLocaleString('en-US'));
  return [...new Set(forms)];
}
