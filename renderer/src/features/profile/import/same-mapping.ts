import type { ImportMapping } from '../../../../../shared/domain/observation-import';

/** A value written with its object keys in order, so two equal mappings give the same text. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        // A fixed value left empty, or a field without a column, reads the file the same as none.
        .filter(([, v]) => v !== undefined && v !== '')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, ordered(v)]),
    );
  }
  return value;
}

/**
 * Whether the mapping on screen reads a file exactly as a saved one would. The sheet is left out:
 * a saved mapping is used on whichever sheet is open.
 */
export function sameMapping(a: ImportMapping, b: ImportMapping): boolean {
  return JSON.stringify(ordered({ ...a, sheet: null })) === JSON.stringify(ordered({ ...b, sheet: null }));
}
