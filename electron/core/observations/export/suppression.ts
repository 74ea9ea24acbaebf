import { defaultSuppressionThreshold, lowestSuppressionThreshold } from '../../../../shared/domain/privacy';
import { breakdownKey, BreakdownShapes, type BreakdownShape } from './breakdown-shapes';

/**
 * Small counts of people are blanked in everything that leaves the machine (docs/security.md, Privacy):
 * primary suppression blanks counts below the threshold; secondary suppression then blanks one more
 * cell in any group where a single blank could be recovered by subtracting the others from the
 * total (F + M = total: blanking F alone gives it away).
 *
 * Suppression works on one table at a time (an indicator in a period): every sum it protects lies
 * inside one table. Cells are numbered by their place in the table; the groups hold those numbers.
 */

export const defaultThreshold = defaultSuppressionThreshold;
export const lowestThreshold = lowestSuppressionThreshold;

/** One table's cells, by position. */
export interface SuppressionTable {
  /** Whether the indicator counts people (only those are suppressed). */
  people: boolean;
  /** Each cell's breakdown codes joined by `breakdownKey`. */
  keys: readonly string[];
  values: readonly (number | null)[];
  /** In: the confidential cells (blank from the start, so that no total gives them away). Out: every blanked cell. */
  hidden: boolean[];
}

/**
 * Marks in `table.hidden` every cell to blank: the small counts, and what would give a blank away.
 * Returns how many cells are hidden. `shapes` carries what is worked out once per breakdown, from one
 * table to the next.
 */
export function suppressTable(table: SuppressionTable, threshold: number, shapes: BreakdownShapes): number {
  if (threshold < lowestThreshold) throw new Error(`The suppression threshold cannot be below ${lowestThreshold}.`);
  const { values, hidden } = table;
  let count = 0;
  for (let cell = 0; cell < values.length; cell += 1) {
    const value = values[cell] ?? null;
    if (table.people && value !== null && value > 0 && value < threshold) hidden[cell] = true;
    if (hidden[cell]) count += 1;
  }
  // Nothing hidden, nothing to give away: most tables have no small count, and a million rows
  // would otherwise be grouped for nothing. Only counts of people form groups.
  if (count === 0 || !table.people) return count;
  const groups = additiveGroups(table.keys, shapes);
  // Suppressing a cell can expose another group it belongs to; repeat until nothing changes.
  for (let pass = 0; pass < 50; pass += 1) {
    let changed = false;
    for (const group of groups) {
      if (!needsMore(group, table, threshold)) continue;
      const candidate = smallestVisiblePart(group, table) ?? (hidden[group.total] ? undefined : group.total);
      if (candidate === undefined) continue;
      hidden[candidate] = true;
      count += 1;
      changed = true;
    }
    if (!changed) break;
  }
  return count;
}

/** The smallest visible part that is not zero (hiding a zero protects nothing); the first of equals. */
function smallestVisiblePart(group: Group, table: SuppressionTable): number | undefined {
  let best: number | undefined;
  let bestValue = Infinity;
  for (const part of group.parts) {
    const value = table.values[part] ?? 0;
    if (table.hidden[part] || value <= 0) continue;
    if (value < bestValue) {
      best = part;
      bestValue = value;
    }
  }
  return best;
}

/**
 * Whether a group still gives something away: a single hidden cell is the total minus the others;
 * several hidden parts add up to the total minus the visible ones, so together they must not be a
 * small count themselves (F = 5 hidden with X = 0 would show F + X = 5).
 */
function needsMore(group: Group, table: SuppressionTable, threshold: number): boolean {
  const { hidden, values } = table;
  let hiddenCells = hidden[group.total] ? 1 : 0;
  let exposed = 0;
  for (const part of group.parts) {
    if (!hidden[part]) continue;
    hiddenCells += 1;
    exposed += values[part] ?? 0;
  }
  if (hiddenCells === 0) return false;
  if (hiddenCells === 1) return true;
  if (hidden[group.total]) return false;
  return exposed > 0 && exposed < threshold;
}

/** A total and the cells that add up to it, by their place in the table. */
interface Group {
  total: number;
  parts: number[];
}

/**
 * Each set of parts that adds up to a cell of the same table (see `BreakdownShape.sums`), in the
 * order their first part comes: the order decides which cell is blanked when several could be.
 */
function additiveGroups(keys: readonly string[], shapes: BreakdownShapes): Group[] {
  const cellOf = new Map<string, number>();
  keys.forEach((key, cell) => cellOf.set(key, cell));
  const groups = new Map<string, Group>();
  keys.forEach((key, cell) => {
    const shape: BreakdownShape = shapes.of(key);
    for (const sum of shape.sums) {
      const total = cellOf.get(sum.total) ?? (sum.orTotal === null ? undefined : cellOf.get(sum.orTotal));
      if (total === undefined) continue;
      const group = groups.get(sum.group);
      if (group) group.parts.push(cell);
      else groups.set(sum.group, { total, parts: [cell] });
    }
  });
  return [...groups.values()];
}

export interface SuppressibleRow {
  indicator: string;
  period: string;
  /** Breakdown codes in the order sex, age, status, origin, area ('' = total). */
  breakdown: readonly string[];
  value: number | null;
  /** Whether this row counts people (only those are suppressed). */
  people: boolean;
  suppressed: boolean;
}

/** `suppressTable` over rows of one table given as objects: blanks `value` and sets `suppressed` on each row to hide. */
export function suppressSmallCounts(rows: SuppressibleRow[], threshold: number, shapes = new BreakdownShapes()): void {
  const table: SuppressionTable = {
    people: rows.some((row) => row.people),
    keys: rows.map((row) => breakdownKey(row.breakdown)),
    values: rows.map((row) => row.value),
    hidden: rows.map((row) => row.suppressed),
  };
  suppressTable(table, threshold, shapes);
  rows.forEach((row, cell) => {
    if (!table.hidden[cell]) return;
    row.suppressed = true;
    row.value = null;
  });
}
