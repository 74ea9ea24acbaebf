import { defaultSuppressionThreshold, lowestSuppressionThreshold } from '../../../../shared/domain/privacy';

/**
 * Small counts of people are blanked in everything that leaves the machine (docs/security.md, Privacy):
 * primary suppression blanks counts below the threshold; secondary suppression then blanks one more
 * cell in any group where a single blank could be recovered by subtracting the others from the
 * total (F + M = total: blanking F alone gives it away).
 */

export const defaultThreshold = defaultSuppressionThreshold;
export const lowestThreshold = lowestSuppressionThreshold;

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
  // Nothing hidden, nothing to give away: most tables have no small count, and a million rows
  // would otherwise be grouped for nothing.
  if (!rows.some((row) => row.suppressed)) return;
  const groups = additiveGroups(rows.filter((row) => row.people));
  // Suppressing a cell can expose another group it belongs to; repeat until nothing changes.
  for (let pass = 0; pass < 50; pass += 1) {
    let changed = false;
    for (const group of groups) {
      if (!needsMore(group, threshold)) continue;
      // The smallest visible part that is not zero (hiding a zero protects nothing), else the total.
      const candidate =
        group.parts.filter((p) => !p.suppressed && (p.value ?? 0) > 0).sort((a, b) => (a.value ?? 0) - (b.value ?? 0))[0] ??
        (group.total.suppressed ? undefined : group.total);
      if (!candidate) continue;
      candidate.suppressed = true;
      changed = true;
    }
    if (!changed) break;
  }
  for (const row of rows) if (row.suppressed) row.value = null;
}

/**
 * Whether a group still gives something away: a single hidden cell is the total minus the others;
 * several hidden parts add up to the total minus the visible ones, so together they must not be a
 * small count themselves (F = 5 hidden with X = 0 would show F + X = 5).
 */
function needsMore(group: Group, threshold: number): boolean {
  const cells = [group.total, ...group.parts];
  const hidden = cells.filter((c) => c.suppressed);
  if (hidden.length === 0) return false;
  if (hidden.length === 1) return true;
  if (group.total.suppressed) return false;
  const exposed = group.parts.filter((p) => p.suppressed).reduce((sum, p) => sum + (p.value ?? 0), 0);
  return exposed > 0 && exposed < threshold;
}

interface Group {
  total: SuppressibleRow;
  parts: SuppressibleRow[];
}

const statusIndex = 2;
const originIndex = 3;
/** Migration statuses that add up exactly, in the two ways cities count them (see domain.md §4). */
const statusSums: { kind: string; codes: ReadonlySet<string>; within: 'total' | 'migrants' }[] = [
  { kind: 'nat-mig', codes: new Set(['NAT', 'MIG']), within: 'total' },
  { kind: 'reg-irr', codes: new Set(['REG', 'IRR']), within: 'migrants' },
  { kind: 'all-migrants', codes: new Set(['REG', 'IRR', 'ASY', 'REF', 'STL']), within: 'migrants' },
];

/**
 * Each set of parts that adds up to a row of the same table: the values of one breakdown under the
 * row without it; for migration status, nationals and migrants under the total, and the kinds of
 * migrants under "all migrants". Regions (UN M49 numbers) are left out: which countries they hold
 * is not known here, and a region row is never a part of a country sum.
 */
function additiveGroups(rows: SuppressibleRow[]): Group[] {
  const byKey = new Map(rows.map((row) => [keyOf(row.indicator, row.period, row.breakdown), row]));
  const groups = new Map<string, Group>();
  const join = (id: string, total: SuppressibleRow, part: SuppressibleRow) => {
    const group = groups.get(id);
    if (group) group.parts.push(part);
    else groups.set(id, { total, parts: [part] });
  };
  for (const row of rows) {
    row.breakdown.forEach((code, index) => {
      if (code === '' || (index === originIndex && /^\d/.test(code))) return;
      const parentKey = keyOf(row.indicator, row.period, row.breakdown.map((c, i) => (i === index ? '' : c)));
      const parent = byKey.get(parentKey);
      if (index !== statusIndex) {
        if (parent) join(`${parentKey}\u0002${index}`, parent, row);
        return;
      }
      const migrantsKey = keyOf(row.indicator, row.period, row.breakdown.map((c, i) => (i === index ? 'MIG' : c)));
      const migrants = byKey.get(migrantsKey) ?? parent;
      for (const sum of statusSums) {
        const total = sum.within === 'total' ? parent : migrants;
        if (total && sum.codes.has(code)) join(`${parentKey}\u0002status\u0002${sum.kind}`, total, row);
      }
    });
  }
  return [...groups.values()];
}

function keyOf(indicator: string, period: string, breakdown: readonly string[]): string {
  return [indicator, period, ...breakdown].join('\u0001');
}
