import type { Database } from 'better-sqlite3';
import type { ImportMapping, ImportSummary } from '../../../../shared/domain/observation-import';
import type { OwnCity } from '../../city/own-city';
import { SourceRegistry } from '../../sources/source-registry';
import { checkObservations, unitsOf, type CoverageSink } from '../checks/observation-checks';
import { firstLineOf, linedFindings, StreamedChecks, type LinedFinding, type StreamedCheckResult } from '../checks/streamed-checks';
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

/** Coverage counts of one indicator, period and breakdown shape, as the streamed checks hand them over. */
export type CoverageCell = [indicator: string, period: string, shape: number, rows: number];

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
  /** The city has no figures yet: rows go straight into the table and are checked as they go by. */
  readonly firstImport: boolean;
  private readonly direct: DirectObservationWriter | null;
  private readonly staged: StagedObservationWriter | null;
  /** The checks made along a first import, when they are made on this thread. */
  private readonly checks: StreamedChecks | null;
  private readonly coverage: CoverageSink;

  /** `checksHere` false: the reading thread makes the streamed checks and hands over their result. */
  constructor(
    private readonly db: Database,
    private readonly city: OwnCity,
    mapping: Pick<ImportMapping, 'newSourceKind'>,
    now: Date,
    checksHere = true,
  ) {
    this.sources = new SourceRegistry(db, city, mapping.newSourceKind, now);
    this.firstImport = !hasObservations(db, city);
    this.direct = this.firstImport ? new DirectObservationWriter(db, city, now, (line, first) => this.problems.error(line, '', 'duplicate_row', first === undefined ? {} : { first })) : null;
    this.staged = this.direct ? null : new StagedObservationWriter(db, city, now);
    this.coverage = coverageWriter(db, city);
    this.checks = this.firstImport && checksHere ? new StreamedChecks(unitsOf(db, city.code), this.coverage) : null;
  }

  add(line: number, row: ObservationValues): void {
    if (this.direct) {
      this.direct.add(line, row);
      this.checks?.add(line, row);
    } else this.staged?.add(line, row);
  }

  /** Coverage counts the streamed checks made on another thread. */
  writeCoverage(cells: readonly CoverageCell[]): void {
    for (const [indicator, period, shape, rows] of cells) this.coverage(indicator, period, shape, rows);
  }

  /**
   * Writes what is left, runs the checks over the rows and answers the summary of `rows` records
   * read. `streamed` is what the checks made along a first import found (here, or on the reading thread).
   */
  finish(rows: number, options: WritingOptions, streamed: StreamedCheckResult | null = this.checks?.finish() ?? null): ImportSummary {
    const { problems, direct, staged } = this;
    direct?.flush();
    staged?.flush();
    options.onPhase?.('checking');

    let counts = { created: direct?.count ?? 0, updated: 0, unchanged: 0 };
    if (staged) {
      for (const { line, first } of staged.duplicates()) problems.error(line, '', 'duplicate_row', { first });
      counts = staged.compare();
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
      // A first import in file order was checked, and its coverage counted, as it went by; otherwise
      // the checks run over the stored rows of the indicators the file touched.
      if (streamed?.inOrder) this.report(streamed.findings);
      else {
        const indicators = staged ? staged.indicators() : (streamed?.indicators ?? []);
        // A first import out of file order still names each finding's own line: the writer knows the line of every key it wrote.
        const checked = checkObservations(this.db, this.city.code, indicators, undefined, direct ? (row) => direct.lineOf(row) : undefined);
        replaceCoverage(this.db, this.city, indicators, coverageCells(checked.coverage));
        this.report(linedFindings(checked.findings, staged ? (finding) => staged.lineOf(finding.at) : firstLineOf(streamed?.firstLines ?? [])));
      }
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

  private report(findings: readonly LinedFinding[]): void {
    for (const finding of findings) this.problems.warning(finding.line, finding.column, finding.code, finding.params);
  }
}

function* coverageCells(coverage: ReadonlyMap<string, number>): Generator<{ indicator: string; period: string; shape: number; rows: number }> {
  for (const [key, rows] of coverage) {
    const [indicator = '', period = '', shape = '0'] = key.split('\u0001');
    yield { indicator, period, shape: Number(shape), rows };
  }
}
