import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { Unit, type Dimension } from '../../../../shared/domain/catalogue';
import { breakdownFields } from '../../../../shared/domain/observation-record';
import { keyColumnList } from '../store/observation-columns';

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

export type CheckFinding = (
  | { kind: 'parts_exceed_total'; at: SeriesKey; dimension: Dimension; parts: number; total: number }
  | { kind: 'outlier'; at: SeriesKey; value: number; previous: number; previousPeriod: string }
) & {
  /**
   * The file line of the row that causes the finding, when the rows came from a file: the part read
   * last of parts above their total, the outlying value's own row.
   */
  line?: number;
};

/** Receives each indicator and period's row counts by breakdown shape as soon as they are final. */
export type CoverageSink = (indicator: string, period: string, shape: number, rows: number) => void;

const dims = breakdownFields;
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

/** What the checks read of an observation: its key and value (an import's rows and stored rows alike). */
export interface CheckedRow extends SeriesKey {
  value: number;
}

/** A cheap guard instead of a schema: this runs once per stored row. */
function isRow(raw: unknown): raw is CheckedRow {
  if (typeof raw !== 'object' || raw === null || !('value' in raw) || typeof raw.value !== 'number') return false;
  return 'indicator' in raw && typeof raw.indicator === 'string' && 'period' in raw && typeof raw.period === 'string' && 'area' in raw && typeof raw.area === 'string';
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
    /** Where coverage counts go as they are final (a file's import writes them at once); kept in `coverage` otherwise. */
    private readonly sink: CoverageSink | null = null,
  ) {}

  private current: string | null = null;
  private readonly finished = new Set<string>();

  add(row: CheckedRow, line?: number): void {
    const { indicator } = row;
    if (indicator !== this.current) {
      // A file grouped by indicator lets each one's memory go as soon as the next begins; one that
      // comes back after that is out of order, and the checks are run over the store instead.
      if (this.current !== null) this.finishIndicator(this.current);
      if (this.finished.has(indicator)) this.inOrder = false;
      this.current = indicator;
    }
    let checker = this.checkers.get(indicator);
    if (!checker) {
      const unit = this.unitOf.get(indicator);
      if (!unit) return;
      const coverage = this.coverage;
      const sink = this.sink ?? ((code: string, period: string, shape: number, rows: number) => coverage.set(`${code}\u0001${period}\u0001${shape}`, rows));
      checker = new IndicatorChecker(indicator, unit, this.findings, this.limit, sink);
      this.checkers.set(indicator, checker);
    }
    if (!checker.add(row, line)) this.inOrder = false;
  }

  /** Finishes one indicator (its rows are all seen) so that its memory can go. */
  finishIndicator(indicator: string): void {
    this.checkers.get(indicator)?.finish();
    this.checkers.delete(indicator);
    this.finished.add(indicator);
  }

  finish(): CheckResult {
    for (const indicator of [...this.checkers.keys()]) this.finishIndicator(indicator);
    return { findings: this.findings, coverage: this.coverage };
  }
}

/** The unit of every indicator a city's figures may use. */
export function unitsOf(db: Database, city: string): Map<string, Unit> {
  return new Map(z.array(IndicatorUnit).parse(db.prepare('SELECT code, unit FROM indicator_scope WHERE scope = ?').all(city)).map((u) => [u.code, u.unit]));
}

/** The checks over what is stored, for some indicators of a city (all of them when null). */
/**
 * Runs the checks over a city's stored rows of `indicators` (all when null). `lineOf` gives a stored
 * row's file line when the rows just came from a file, so each finding names its own line.
 */
export function checkObservations(db: Database, city: string, indicators: readonly string[] | null, limit = 10_000, lineOf?: (row: SeriesKey) => number | undefined): CheckResult {
  const list = indicators ?? z.array(z.object({ indicator: z.string() })).parse(db.prepare('SELECT DISTINCT indicator FROM observations WHERE city = ?').all(city)).map((r) => r.indicator);
  const rows = db
    .prepare(`SELECT ${keyColumnList}, value FROM observations WHERE city = ? AND indicator = ? ORDER BY period`);
  const checker = new ObservationChecker(unitsOf(db, city), limit);
  for (const indicator of list) {
    for (const raw of rows.iterate(city, indicator)) {
      if (!isRow(raw)) throw new Error('Unexpected observation row shape');
      checker.add(raw, lineOf?.(raw));
    }
    checker.finishIndicator(indicator);
  }
  return checker.finish();
}

/**
 * How one breakdown adds up into others: for each dimension it sets, the group of parts it
 * belongs to (an id), the row that group must not exceed, and the row to fall back on. Every
 * indicator and period repeats the same few hundred breakdowns, so this is worked out once per
 * breakdown rather than once per row.
 */
interface Relation {
  id: string;
  parent: string;
  dimension: Dimension;
  /** The breakdown whose value bounds the sum; null when there is none to compare with. */
  against: string | null;
  /** Used when `against` is absent (a status bounded by all migrants, else by the total). */
  fallback: string | null;
}

const relationCache = new Map<string, Relation[]>();

function relationsOf(key: string): Relation[] {
  const known = relationCache.get(key);
  if (known) return known;
  const parts = key.split('\u0001');
  const relations: Relation[] = [];
  dims.forEach((dimension, index) => {
    const code = parts[index] ?? '';
    if (code === '') return;
    const parent = parts.map((p, i) => (i === index ? '' : p)).join('\u0001');
    if (dimension === 'status') {
      const migrants = parts.map((p, i) => (i === index ? 'MIG' : p)).join('\u0001');
      if (topStatuses.has(code)) relations.push({ id: `${parent}|status|top`, parent, dimension, against: parent, fallback: null });
      if (migrantParts.has(code)) relations.push({ id: `${parent}|status|mig`, parent, dimension, against: migrants, fallback: parent });
      relations.push(
        withinMigrants.has(code)
          ? { id: `${key}|status|one`, parent, dimension, against: migrants, fallback: parent }
          : { id: `${key}|status|one`, parent, dimension, against: parent, fallback: null },
      );
      return;
    }
    // Regions (UN M49 numbers) overlap countries, so only countries are added up.
    if (dimension === 'origin' && /^\d/.test(code)) relations.push({ id: `${key}|origin|one`, parent, dimension, against: parent, fallback: null });
    else relations.push({ id: `${parent}|${dimension}`, parent, dimension, against: parent, fallback: null });
  });
  // Bounded: breakdowns repeat across indicators and periods, but a file could invent many areas.
  if (relationCache.size > 50_000) relationCache.clear();
  relationCache.set(key, relations);
  return relations;
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
    private readonly sink: CoverageSink,
  ) {}

  /** The file line of each row of the current period, by breakdown (when the rows come from a file). */
  private lines = new Map<string, number>();

  /** Rows of the current period by breakdown shape (the coverage table's unit). */
  private shapes = new Array<number>(32).fill(0);

  /** False when the row's period comes before the current one: the rows are not in order. */
  add(row: CheckedRow, line?: number): boolean {
    const { period, sex, age, status, origin, area, value } = row;
    if (period !== this.period) {
      if (period < this.period) return false;
      this.finish();
      this.period = period;
    }
    const key = `${sex}\u0001${age}\u0001${status}\u0001${origin}\u0001${area}`;
    this.group.set(key, value);
    if (line !== undefined) this.lines.set(key, line);
    // The same bits as the coverage table's shapes (see coverage.ts), inline: this runs once per row.
    const shape = (sex === '' ? 0 : 1) | (age === '' ? 0 : 2) | (status === '' ? 0 : 4) | (origin === '' ? 0 : 8) | (area === '' ? 0 : 16);
    this.shapes[shape] = (this.shapes[shape] ?? 0) + 1;
    return true;
  }

  finish(): void {
    if (this.group.size === 0) return;
    this.shapes.forEach((rows, shape) => {
      if (rows > 0) this.sink(this.indicator, this.period, shape, rows);
    });
    this.shapes.fill(0);
    if (this.findings.length < this.limit) {
      if (this.unit === 'count') this.checkParts();
      if (this.unit !== 'ynp') this.checkOutliers();
    }
    this.group = new Map();
    this.lines = new Map();
  }

  private lineOf(line: number | undefined): { line?: number } {
    return line === undefined ? {} : { line };
  }

  private key(parts: string[]): SeriesKey {
    const [sex = '', age = '', status = '', origin = '', area = ''] = parts;
    return { indicator: this.indicator, period: this.period, sex, age, status, origin, area };
  }

  private checkParts(): void {
    // `line`: the latest line among the parts and their total, the row that shows the excess (when read from a file).
    const sums = new Map<string, { parent: string; dimension: Dimension; sum: number; against: number | undefined; line: number | undefined }>();
    for (const [key, value] of this.group) {
      const line = this.lines.get(key);
      for (const relation of relationsOf(key)) {
        const against = relation.against === null ? undefined : (this.group.get(relation.against) ?? (relation.fallback === null ? undefined : this.group.get(relation.fallback)));
        const entry = sums.get(relation.id);
        if (entry) {
          entry.sum += value;
          if (line !== undefined && (entry.line === undefined || line > entry.line)) entry.line = line;
        } else {
          // A total read after its parts is the row that shows the excess.
          const totalLine = relation.against === null ? undefined : this.lines.get(relation.against);
          sums.set(relation.id, { parent: relation.parent, dimension: relation.dimension, sum: value, against, line: totalLine !== undefined && (line === undefined || totalLine > line) ? totalLine : line });
        }
      }
    }
    for (const { parent, dimension, sum, against, line } of sums.values()) {
      if (against === undefined || sum <= against * (1 + 1e-9)) continue;
      if (this.findings.length >= this.limit) return;
      this.findings.push({ kind: 'parts_exceed_total', at: this.key(parent.split('\u0001')), dimension, parts: sum, total: against, ...this.lineOf(line) });
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
      this.findings.push({ kind: 'outlier', at: this.key(key.split('\u0001')), value, previous: before.value, previousPeriod: before.period, ...this.lineOf(this.lines.get(key)) });
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

/**
 * The checks for some periods of some indicators only (a page of the data table): those periods
 * and, for the outlier check, the period before each of the same granularity. A page of a big
 * indicator then reads a few hundred rows rather than every period it has.
 */
export function checkPeriods(db: Database, city: string, periodsByIndicator: ReadonlyMap<string, ReadonlySet<string>>): CheckResult {
  const known = db.prepare('SELECT DISTINCT period FROM observation_coverage WHERE city = ? AND indicator = ? ORDER BY period').pluck();
  const rows = db
    .prepare(
      `SELECT ${keyColumnList}, value FROM observations
        WHERE city = ? AND indicator = ? AND period IN (SELECT value FROM json_each(?)) ORDER BY period`,
    );
  const checker = new ObservationChecker(unitsOf(db, city));
  for (const [indicator, periods] of periodsByIndicator) {
    const all = z.array(z.string()).parse(known.all(city, indicator));
    const wanted = new Set(periods);
    for (const period of periods) {
      const level = granularity(period);
      const before = all.filter((p) => p < period && granularity(p) === level).at(-1);
      if (before !== undefined) wanted.add(before);
    }
    for (const raw of rows.iterate(city, indicator, JSON.stringify([...wanted]))) {
      if (!isRow(raw)) throw new Error('Unexpected observation row shape');
      checker.add(raw);
    }
    checker.finishIndicator(indicator);
  }
  return checker.finish();
}
