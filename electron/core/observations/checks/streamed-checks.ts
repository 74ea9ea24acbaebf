import type { Unit } from '../../../../shared/domain/catalogue';
import type { ImportProblemCode } from '../../../../shared/domain/observation-import';
import { findingParams, ObservationChecker, type CheckedRow, type CheckFinding, type CoverageSink } from './observation-checks';

/** A cross-row warning with the file line it belongs to, ready to report. */
export interface LinedFinding {
  line: number;
  column: string;
  code: Extract<ImportProblemCode, 'parts_exceed_total' | 'outlier'>;
  params: Record<string, string | number>;
}

/**
 * What the checks made along a first import found — or, for a file not grouped by indicator, what
 * the checks over the stored rows need instead: the indicators and the first line of each of their
 * periods (the stored rows know no lines).
 */
export type StreamedCheckResult =
  | { inOrder: true; indicators: string[]; findings: LinedFinding[] }
  | { inOrder: false; indicators: string[]; firstLines: [indicator: string, period: string, line: number][] };

/** Findings as warnings at their lines; a finding whose line is unknown is left out. */
export function linedFindings(findings: readonly CheckFinding[], lineOf: (finding: CheckFinding) => number | null): LinedFinding[] {
  const lined: LinedFinding[] = [];
  for (const finding of findings) {
    const line = lineOf(finding);
    if (line === null) continue;
    lined.push({ line, column: finding.kind === 'outlier' ? 'value' : finding.dimension, code: finding.kind, params: findingParams(finding) });
  }
  return lined;
}

/** The first line of each indicator and period, from the pairs a `StreamedCheckResult` carries. */
export function firstLineOf(pairs: readonly [string, string, number][]): (finding: CheckFinding) => number | null {
  const lines = new Map(pairs.map(([indicator, period, line]) => [`${indicator}\u0001${period}`, line]));
  return (finding) => finding.line ?? lines.get(`${finding.at.indicator}\u0001${finding.at.period}`) ?? null;
}

/**
 * The cross-row checks of a city's first import, made as the rows go by in file order: parts above
 * their total, outliers, and the coverage counts (handed to `sink` as each indicator is done). Saves
 * a second pass over a million stored rows. Needs no store, so it runs where the rows are read — on
 * the reading thread of a two-thread import.
 */
export class StreamedChecks {
  private readonly checker: ObservationChecker;
  private readonly firstLines = new FirstLines();

  constructor(units: ReadonlyMap<string, Unit>, sink: CoverageSink) {
    this.checker = new ObservationChecker(units, 10_000, sink);
  }

  add(line: number, row: CheckedRow): void {
    this.firstLines.note(row.indicator, row.period, line);
    if (this.checker.inOrder) this.checker.add(row, line);
  }

  finish(): StreamedCheckResult {
    const indicators = this.firstLines.indicators();
    if (!this.checker.inOrder) return { inOrder: false, indicators, firstLines: this.firstLines.pairs() };
    const findings = linedFindings(this.checker.finish().findings, (finding) => finding.line ?? this.firstLines.lineOf(finding.at.indicator, finding.at.period));
    return { inOrder: true, indicators, findings };
  }
}

/**
 * The first line of each indicator and period of a first import, for findings that carry no line.
 * Small: one entry per indicator and period.
 */
class FirstLines {
  private readonly groups = new Map<string, number>();
  private readonly seen = new Set<string>();

  private lastIndicator = '';
  private lastPeriod = '';

  note(indicator: string, period: string, line: number): void {
    // Files come grouped: most rows repeat the previous row's indicator and period.
    if (indicator === this.lastIndicator && period === this.lastPeriod) return;
    this.lastIndicator = indicator;
    this.lastPeriod = period;
    this.seen.add(indicator);
    const group = `${indicator}\u0001${period}`;
    if (!this.groups.has(group)) this.groups.set(group, line);
  }

  lineOf(indicator: string, period: string): number | null {
    return this.groups.get(`${indicator}\u0001${period}`) ?? null;
  }

  pairs(): [string, string, number][] {
    return [...this.groups].map(([group, line]) => {
      const [indicator = '', period = ''] = group.split('\u0001');
      return [indicator, period, line];
    });
  }

  indicators(): string[] {
    return [...this.seen];
  }
}
