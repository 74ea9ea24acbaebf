/**
 * Small counts of people are blanked in everything that leaves the machine (security.md, Privacy):
 * primary suppression blanks counts below the threshold; secondary suppression then blanks one more
 * cell in any group where a single blank could be recovered by subtracting the others from the
 * total (F + M = total: blanking F alone gives it away).
 */

export const defaultThreshold = 10;
export const lowestThreshold = 5;

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

export function suppressSmallCounts(rows: SuppressibleRow[], threshold: number): void {
  if (threshold < lowestThreshold) throw new Error(`The suppression threshold cannot be below ${lowestThreshold}.`);
  for (const row of rows) {
    if (row.people && row.value !== null && row.value > 0 && row.value < threshold) row.suppressed = true;
  }
  const groups = additiveGroups(rows.filter((row) => row.people));
  // Suppressing a cell can expose another group it belongs to; repeat until nothing changes.
  for (let pass = 0; pass < 20; pass += 1) {
    let changed = false;
    for (const { total, parts } of groups) {
      const hidden = parts.filter((p) => p.suppressed).length + (total.suppressed ? 1 : 0);
      if (hidden !== 1) continue;
      const candidate = parts.filter((p) => !p.suppressed).sort((a, b) => (a.value ?? 0) - (b.value ?? 0))[0] ?? total;
      candidate.suppressed = true;
      changed = true;
    }
    if (!changed) break;
  }
  for (const row of rows) if (row.suppressed) row.value = null;
}

interface Group {
  total: SuppressibleRow;
  parts: SuppressibleRow[];
}

/** Each total with its parts along one breakdown (regions are left out: they overlap countries). */
function additiveGroups(rows: SuppressibleRow[]): Group[] {
  const byKey = new Map(rows.map((row) => [keyOf(row.indicator, row.period, row.breakdown), row]));
  const groups = new Map<string, Group>();
  for (const row of rows) {
    row.breakdown.forEach((code, index) => {
      if (code === '' || (index === 3 && /^\d/.test(code))) return;
      const parentBreakdown = row.breakdown.map((c, i) => (i === index ? '' : c));
      const parentKey = keyOf(row.indicator, row.period, parentBreakdown);
      const total = byKey.get(parentKey);
      if (!total) return;
      const id = `${parentKey}\u0002${index}`;
      const group = groups.get(id);
      if (group) group.parts.push(row);
      else groups.set(id, { total, parts: [row] });
    });
  }
  return [...groups.values()];
}

function keyOf(indicator: string, period: string, breakdown: readonly string[]): string {
  return [indicator, period, ...breakdown].join('\u0001');
}
