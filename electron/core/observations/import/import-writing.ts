import type { Database } from 'better-sqlite3';
import type { ImportMapping, ImportSummary } from '../../../../shared/domain/observation-import';
import type { OwnCity } from '../../city/own-city';
import { SourceRegistry } from '../../sources/source-registry';
import { checkObservations, findingParams, ObservationChecker, unitsOf, type CheckFinding } from '../checks/observation-checks';
import { DirectObservationWriter, StagedObservationWriter } from '../store/observation-bulk-writers';
import { coverageWriter, hasObservations, replaceCoverage, settleTombstones } from '../store/observation-writer';
import type { ObservationValues } from '../store/observation-columns';
import { ProblemList } from './problem-list';
import { ImportCancelled } from './read-rows';

export interface WritingOptions {
  dryRun: boolean;
  isCancelled?: () => boolean;
  onPhase?: (phase: 'checking' | 'writing') => void;
}

/**
 * The writing half of an import, inside a transaction the caller holds: checked rows come in with
 * their lines (from the reading half on this thread or on another); the first import of a city goes
 * straight into the table, later ones are staged, compared and merged; rows repeated within the file
 * are found; cross-row checks run over the result. `finish` answers the summary; the caller commits
 * only when it says `applied`.
 */
export class ImportWriting {
  readonly problems = new ProblemList();
  readonly sources: SourceRegistry;
  private readonly direct: DirectObservationWriter | null;
  private readonly staged: StagedObservationWriter | null;
  private readonly checker: ObservationChecker | null;
  private readonly firstLines = new FirstLines();

  constructor(
    private readonly db: Database,
    private readonly city: OwnCity,
    mapping: Pick<ImportMapping, 'newSourceKind'>,
    now: Date,
  ) {
    this.sources = new SourceRegistry(db, city, mapping.newSourceKind, now);
    // A city's first import goes straight into the table; later ones are staged and compared.
    this.direct = hasObservations(db, city) ? null : new DirectObservationWriter(db, city, now, (line) => this.problems.error(line, '', 'duplicate_row', {}));
    this.staged = this.direct ? null : new StagedObservationWriter(db, city, now);
    // A first import in file order checks its rows and counts its coverage as they go by, saving a
    // second pass over a million rows; counts leave memory as soon as each indicator is done.
    this.checker = this.direct ? new ObservationChecker(unitsOf(db, city.code), 10_000, coverageWriter(db, city)) : null;
  }

  add(line: number, row: ObservationValues): void {
    if (this.direct) {
      this.direct.add(line, row);
      this.firstLines.note(row.indicator, row.period, line);
      if (this.checker?.inOrder) this.checker.add(row, line);
    } else this.staged?.add(line, row);
  }

  /** Writes what is left, runs the checks over the rows and answers the summary of `rows` records read. */
  finish(rows: number, options: WritingOptions): ImportSummary {
    const { problems, direct, staged, checker } = this;
    direct?.flush();
    staged?.flush();
    options.onPhase?.('checking');

    let counts = { created: direct?.count ?? 0, updated: 0, unchanged: 0 };
    let indicators: string[] = this.firstLines.indicators();
    if (staged) {
      for (const { line, first } of staged.duplicates()) problems.error(line, '', 'duplicate_row', { first });
      counts = staged.compare();
      indicators = staged.indicators();
      if (problems.errorCount === 0) {
        if (options.isCancelled?.()) throw new ImportCancelled();
        options.onPhase?.('writing');
        staged.merge();
      }
    }
    const canApply = problems.errorCount === 0 && !options.dryRun;
    if (problems.errorCount === 0) {
      if (options.isCancelled?.()) throw new ImportCancelled();
      options.onPhase?.('checking');
      settleTombstones(this.db, this.city);
      const streamed = checker !== null && checker.inOrder;
      // A first import in file order has written its coverage as it went; otherwise it is counted now.
      const checked = streamed ? checker.finish() : checkObservations(this.db, this.city.code, indicators);
      if (!streamed) replaceCoverage(this.db, this.city, indicators, coverageCells(checked.coverage));
      this.reportFindings(checked.findings);
    }
    if (options.isCancelled?.()) throw new ImportCancelled();
    problems.sortByLine();

    return {
      ...counts,
      rows,
      errors: problems.errors,
      errorCount: problems.errorCount,
      warnings: problems.warnings,
      warningCount: problems.warningCount,
      newSources: this.sources.created,
      applied: canApply,
    };
  }

  /**
   * Cross-row warnings about the (indicator, period) groups this file touched, at the line that caused
   * them. Staged rows know their lines; a first import remembers the line of each group's first row.
   */
  private reportFindings(findings: readonly CheckFinding[]): void {
    for (const finding of findings) {
      const line = this.staged ? this.staged.lineOf(finding.at) : (finding.line ?? this.firstLines.lineOf(finding.at.indicator, finding.at.period));
      if (line === null) continue;
      this.problems.warning(line, finding.kind === 'outlier' ? 'value' : finding.dimension, finding.kind, findingParams(finding));
    }
  }
}

/**
 * The first line of each indicator and period of a first import, for the warnings of a file out of
 * order (checked over the stored rows, which know no lines). Small: one entry per indicator and period.
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

  indicators(): string[] {
    return [...this.seen];
  }
}

function* coverageCells(coverage: ReadonlyMap<string, number>): Generator<{ indicator: string; period: string; shape: number; rows: number }> {
  for (const [key, rows] of coverage) {
    const [indicator = '', period = '', shape = '0'] = key.split('\u0001');
    yield { indicator, period, shape: Number(shape), rows };
  }
}
