import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { Unit, type Dimension } from '../../../../shared/domain/catalogue';

/**
 * Checks that look across rows, over what is stored: parts that add up to more than their total
 * (F + M ≤ total, age bands ≤ total, a status ≤ all migrants) and values far off their previous
 * period. Both are warnings — a focal point may hold figures from sources that disagree — and are
 * computed in one pass over each indicator's rows in index order, without sorting.
 */

export interface SeriesKey {
  indicator: string;
  period: string;
  sex: string;
  age: string;
  status: string;
  origin: string;
  area: string;
}

export type CheckFinding =
  | { kind: 'parts_exceed_total'; at: SeriesKey; dimension: Dimension; parts: number; total: number }
  | { kind: 'outlier'; at: SeriesKey; value: number; previous: number; previousPeriod: string };

const dims = ['sex', 'age', 'status', 'origin', 'area'] as const;
const IndicatorUnit = z.object({ code: z.string(), unit: Unit });

/** Statuses counted among migrants: each at most "all migrants" (or the total without it). */
const withinMigrants = new Set(['REG', 'IRR', 'ASY', 'REF', 'STL']);
const migrantParts = new Set(['REG', 'IRR']);
const topStatuses = new Set(['NAT', 'MIG']);

/** Years are compared with years, quarters with quarters: a series can hold several granularities. */
function granularity(period: string): string {
  if (period.length === 4) return 'year';
  if (period.length === 10) return 'day';
  const letter = period.charAt(5);
  return letter === 'S' || letter === 'Q' ? letter : 'month';
}

export type CheckedRow = [indicator: string, period: string, sex: string, age: string, status: string, origin: string, area: string, value: number];

/** A cheap guard instead of a schema: this runs once per stored row. */
function isRow(raw: unknown): raw is CheckedRow {
  return Array.isArray(raw) && raw.length === 8 && raw.slice(0, 7).every((cell) => typeof cell === 'string') && typeof raw[7] === 'number';
}

export interface CheckResult {
  findings: CheckFinding[];
  /** Rows per indicator, period and breakdown shape (key `indicator\u0001period\u0001shape`), counted on the way. */
  coverage: Map<string, number>;
}

/**
 * Runs the checks over rows fed one at a time, each indicator's periods in ascending order (the
 * order of the table, and of most files). A file in another order is noticed (`inOrder` turns
 * false) and its checks are then run over the stored rows instead.
 */
export class ObservationChecker {
  private readonly checkers = new Map<string, IndicatorChecker>();
  readonly findings: CheckFinding[] = [];
  readonly coverage = new Map<string, number>();
  inOrder = true;

  constructor(
    private readonly unitOf: ReadonlyMap<string, Unit>,
    private readonly limit = 10_000,
  ) {}

  add(row: CheckedRow): void {
    const [indicator, period] = row;
    let checker = this.checkers.get(indicator);
    if (!checker) {
      const unit = this.unitOf.get(indicator);
      if (!unit) return;
      checker = new IndicatorChecker(indicator, unit, this.findings, this.limit);
      this.checkers.set(indicator, checker);
    }
    if (!checker.add(row)) this.inOrder = false;
    const shape = (row[2] === '' ? 0 : 1) | (row[3] === '' ? 0 : 2) | (row[4] === '' ? 0 : 4) | (row[5] === '' ? 0 : 8) | (row[6] === '' ? 0 : 16);
    const key = `${indicator}\u0001${period}\u0001${shape}`;
    this.coverage.set(key, (this.coverage.get(key) ?? 0) + 1);
  }

  /** Finishes one indicator (its rows are all seen) so that its memory can go. */
  finishIndicator(indicator: string): void {
    this.checkers.get(indicator)?.finish();
    this.checkers.delete(indicator);
  }

  finish(): CheckResult {
    for (const indicator of [...this.checkers.keys()]) this.finishIndicator(indicator);
    return { findings: this.findings, coverage: this.coverage };
  }
}

export function unitsOf(db: Database): Map<string, Unit> {
  return new Map(z.array(IndicatorUnit).parse(db.prepare('SELECT code, unit FROM indicators').all()).map((u) => [u.code, u.unit]));
}

/** The checks over what is stored, for some indicators of a city (all of them when null). */
export function checkObservations(db: Database, city: string, indicators: readonly string[] | null, limit = 10_000): CheckResult {
  const list = indicators ?? z.array(z.object({ indicator: z.string() })).parse(db.prepare('SELECT DISTINCT indicator FROM observations WHERE city = ?').all(city)).map((r) => r.indicator);
  const rows = db
    .prepare('SELECT indicator, period, sex, age, status, origin, area, value FROM observations WHERE city = ? AND indicator = ? ORDER BY period')
    .raw(true);
  const checker = new ObservationChecker(unitsOf(db), limit);
  for (const indicator of list) {
    for (const raw of rows.iterate(city, indicator)) {
      if (!isRow(raw)) throw new Error('Unexpected observation row shape');
      checker.add(raw);
    }
    checker.finishIndicator(indicator);
  }
  return checker.finish();
}

class IndicatorChecker {
  private period = '';
  private group = new Map<string, number>();
  /** Latest earlier value of each series, per granularity, for the outlier check. */
  private readonly previous = new Map<string, { period: string; value: number }>();

  constructor(
    private readonly indicator: string,
    private readonly unit: Unit,
    private readonly findings: CheckFinding[],
    private readonly limit: number,
  ) {}

  /** False when the row's period comes before the current one: the rows are not in order. */
  add(row: CheckedRow): boolean {
    const [, period] = row;
    if (period !== this.period) {
      if (period < this.period) return false;
      this.finish();
      this.period = period;
    }
    this.group.set(row.slice(2, 7).join('\u0001'), row[7]);
    return true;
  }

  finish(): void {
    if (this.group.size === 0 || this.findings.length >= this.limit) return;
    if (this.unit === 'count') this.checkParts();
    if (this.unit !== 'ynp') this.checkOutliers();
    this.group = new Map();
  }

  private key(parts: string[]): SeriesKey {
    const [sex = '', age = '', status = '', origin = '', area = ''] = parts;
    return { indicator: this.indicator, period: this.period, sex, age, status, origin, area };
  }

  private checkParts(): void {
    const sums = new Map<string, { parent: string; dimension: Dimension; sum: number; against: number | undefined }>();
    const add = (id: string, parent: string, dimension: Dimension, value: number, against: number | undefined) => {
      const entry = sums.get(id);
      if (entry) entry.sum += value;
      else sums.set(id, { parent, dimension, sum: value, against });
    };
    for (const [key, value] of this.group) {
      const parts = key.split('\u0001');
      dims.forEach((dimension, index) => {
        const code = parts[index] ?? '';
        if (code === '') return;
        const parentParts = [...parts];
        parentParts[index] = '';
        const parent = parentParts.join('\u0001');
        const total = this.group.get(parent);
        if (dimension === 'status') {
          const migrantsParts = [...parts];
          migrantsParts[index] = 'MIG';
          const migrants = this.group.get(migrantsParts.join('\u0001')) ?? total;
          if (topStatuses.has(code)) add(`${parent}|status|top`, parent, dimension, value, total);
          if (migrantParts.has(code)) add(`${parent}|status|mig`, parent, dimension, value, migrants);
          if (withinMigrants.has(code)) add(`${key}|status|one`, parent, dimension, value, migrants);
          else add(`${key}|status|one`, parent, dimension, value, total);
          return;
        }
        // Regions (UN M49 numbers) overlap countries, so only countries are added up.
        if (dimension === 'origin' && /^\d/.test(code)) return add(`${key}|origin|one`, parent, dimension, value, total);
        add(`${parent}|${dimension}`, parent, dimension, value, total);
      });
    }
    for (const { parent, dimension, sum, against } of sums.values()) {
      if (against === undefined || sum <= against * (1 + 1e-9)) continue;
      if (this.findings.length >= this.limit) return;
      this.findings.push({ kind: 'parts_exceed_total', at: this.key(parent.split('\u0001')), dimension, parts: sum, total: against });
    }
  }

  private checkOutliers(): void {
    const level = granularity(this.period);
    for (const [key, value] of this.group) {
      const seriesId = `${level}\u0002${key}`;
      const before = this.previous.get(seriesId);
      this.previous.set(seriesId, { period: this.period, value });
      if (!before || !isOutlier(this.unit, before.value, value)) continue;
      if (this.findings.length >= this.limit) return;
      this.findings.push({ kind: 'outlier', at: this.key(key.split('\u0001')), value, previous: before.value, previousPeriod: before.period });
    }
  }
}

/** Far off: a percentage moving by more than 20 points, another value by more than half (and by at least 10). */
export function isOutlier(unit: Unit, previous: number, value: number): boolean {
  const change = Math.abs(value - previous);
  if (unit === 'percent') return change > 20;
  if (change < 10) return false;
  return previous === 0 ? value >= 10 : change / Math.abs(previous) > 0.5;
}

/** A finding's details, as problem parameters. */
export function findingParams(finding: CheckFinding): Record<string, string | number> {
  const { indicator, period } = finding.at;
  if (finding.kind === 'outlier') return { indicator, period, value: finding.value, previous: finding.previous, previousPeriod: finding.previousPeriod };
  return { indicator, period, dimension: finding.dimension, parts: finding.parts, total: finding.total };
}
