/** Whether the reader shows one column at a time, as on a phone (below Tailwind's lg breakpoint, 64rem). */
export function isOneColumn(): boolean {
  return !window.matchMedia('(min-width: 64rem)').matches;
}
