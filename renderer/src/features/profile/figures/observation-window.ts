/** Rows asked of the core at a time, and how many of them come before the first row wanted (for scrolling back up). */
export const windowSize = 400;
export const rowsBefore = 100;

/**
 * Where the next window must start so that rows `first`..`last` (0-based, as the table draws them)
 * are on hand: null when the loaded rows already hold them, or when that very window is on its way.
 * A window starts a little above the first row wanted, never before the first row.
 */
export function nextWindowStart(loaded: { offset: number; count: number }, first: number, last: number, loadingFrom: number | null): number | null {
  if (first >= loaded.offset && last < loaded.offset + loaded.count) return null;
  const wanted = Math.max(0, first - rowsBefore);
  return wanted === loadingFrom ? null : wanted;
}
