import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import type { TableChanges } from '../../../shared/bundle/bundle-import';
import { breakdownFields, observationKeyFields } from '../../../shared/domain/observation-record';
import { keyColumnList, keyJoin, shapeBit, valueColumns, writtenColumnList } from '../observations/store/observation-columns';
import { refreshCoverage, replaceCoverage } from '../observations/store/observation-writer';
import { detached } from '../detached-text';
import { BundleRejected } from './bundle-rejected';
import type { PeerSpace } from './peer-space';

/**
 * A bundle's figures on their way into the sender's space, written in bulk: a million rows one
 * statement each (a look-up, an insert, a tombstone check) took five times Focal's own CSV import
 * (docs/benchmarks.md). Rows are bound fifty to a statement, by position, as the own import does.
 *
 * A space that holds no figure and no tombstone yet (a city's first bundle) takes the rows straight
 * into `observations`. Otherwise they are staged in a temporary table, counted against what is held
 * and merged in a few set-wise statements. Temporary: a rollback (a refusal, a dry run) leaves nothing.
 */

const batchRows = 50;
/** One staged row, by position: its file line, the key, the values, the sender's revision and time, and whether it arrived suppressed. */
const stagedColumns = ['line', ...observationKeyFields, 'value', 'is_estimate', 'is_provisional', 'source', 'note', 'revision', 'updated_at', 'suppressed'] as const;
const stagedWidth = stagedColumns.length;
const placeholders = `(${stagedColumns.map(() => '?').join(', ')})`;
const stagedColumnList = stagedColumns.join(', ');
/** Straight in: the stored columns a staged row fills, in the order of a staged row without its line and suppressed mark. */
const directColumns = `city, ${observationKeyFields.join(', ')}, value, is_estimate, is_provisional, source, note, revision, updated_at`;
const directPlaceholders = `(@city, ${stagedColumns.slice(1, -1).map(() => '?').join(', ')})`;

const sameValues = valueColumns
  .filter((column) => column !== 'is_confidential')
  .map((column) => `o.${column} = s.${column}`)
  .join(' AND ');

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY');
}

/** A figure as the bundle gives it, its source already resolved to the local row. */
export interface StagedFigure {
  /** The key's codes in `observationKeyFields` order. */
  key: readonly string[];
  value: number;
  estimate: boolean;
  provisional: boolean;
  source: number;
  note: string;
  revision: number;
  updatedAt: number;
  suppressed: boolean;
}

const Counts = z.object({
  created: z.number().nullable(),
  updated: z.number().nullable(),
  unchanged: z.number().nullable(),
  conflicts: z.number().nullable(),
  deleted: z.number().nullable(),
});

export class PeerObservationStage {
  private readonly direct: boolean;
  private readonly many: Statement;
  private readonly one: Statement;
  /** Reused for every batch: positional values of up to fifty rows. */
  private readonly params: (string | number)[] = [];
  private inBatch = 0;
  private readonly city: { city: string };
  private readonly lines: number[] = [];
  /** Straight in: rows per indicator, period and breakdown shape, counted as they come (cheaper than recounting a million rows). */
  private readonly coverage = new Map<string, Map<string, number[]>>();

  constructor(
    private readonly db: Database,
    private readonly space: PeerSpace,
  ) {
    this.city = { city: space.code };
    const holds = (table: string) => db.prepare(`SELECT 1 FROM ${table} WHERE city = ? LIMIT 1`).get(space.code) !== undefined;
    this.direct = !holds('observations') && !holds('observation_tombstones');
    if (this.direct) {
      const insert = `INSERT INTO observations (${directColumns}) VALUES `;
      this.many = db.prepare(insert + new Array(batchRows).fill(directPlaceholders).join(', '));
      this.one = db.prepare(insert + directPlaceholders);
    } else {
      db.exec('DROP TABLE IF EXISTS temp.peer_rows');
      db.exec(`CREATE TEMP TABLE peer_rows (${stagedColumnList})`);
      this.many = db.prepare(`INSERT INTO peer_rows (${stagedColumnList}) VALUES ${new Array(batchRows).fill(placeholders).join(', ')}`);
      this.one = db.prepare(`INSERT INTO peer_rows (${stagedColumnList}) VALUES ${placeholders}`);
    }
  }

  /** One figure of the file; a suppressed one carries no value (0) and is never stored. */
  add(line: number, figure: StagedFigure): void {
    if (this.direct && figure.suppressed) return;
    const params = this.params;
    let at = this.inBatch * (this.direct ? stagedWidth - 2 : stagedWidth);
    if (this.direct) {
      this.lines[this.inBatch] = line;
      this.count(figure.key);
    } else params[at++] = line;
    for (let i = 0; i < observationKeyFields.length; i += 1) params[at++] = figure.key[i] ?? '';
    params[at++] = figure.value;
    params[at++] = figure.estimate ? 1 : 0;
    params[at++] = figure.provisional ? 1 : 0;
    params[at++] = figure.source;
    params[at++] = figure.note;
    params[at++] = figure.revision;
    params[at++] = figure.updatedAt;
    if (!this.direct) params[at] = figure.suppressed ? 1 : 0;
    this.inBatch += 1;
    if (this.inBatch === batchRows) this.writeBatch();
  }

  private count(key: readonly string[]): void {
    const [indicator = '', period = ''] = key;
    let shape = 0;
    for (let i = 0; i < breakdownFields.length; i += 1) if ((key[i + 2] ?? '') !== '') shape |= shapes[i] ?? 0;
    let periods = this.coverage.get(indicator);
    // The key's texts are slices of the piece of text the parser read: a copy is kept instead, so a
    // map entry does not keep the whole piece alive.
    if (!periods) this.coverage.set(detached(indicator), (periods = new Map()));
    let rows = periods.get(period);
    if (!rows) periods.set(detached(period), (rows = new Array<number>(1 << breakdownFields.length).fill(0)));
    rows[shape] = (rows[shape] ?? 0) + 1;
  }

  private writeBatch(): void {
    try {
      if (this.direct) this.many.run(this.city, this.params);
      else this.many.run(this.params);
    } catch (error) {
      if (!this.direct || !isUniqueViolation(error)) throw error;
      this.writeOneByOne(batchRows);
    }
    this.inBatch = 0;
  }

  private writeOneByOne(rows: number): void {
    const width = this.direct ? stagedWidth - 2 : stagedWidth;
    for (let i = 0; i < rows; i += 1) {
      const values = this.params.slice(i * width, (i + 1) * width);
      try {
        if (this.direct) this.one.run(this.city, values);
        else this.one.run(values);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw new BundleRejected('invalid_record', `observations line ${this.lines[i] ?? 0}: the same figure twice`);
      }
    }
  }

  /**
   * Writes what is left, then merges: figures new to the space are created, a newer revision of a
   * held figure replaces it, a figure the sender suppressed at a newer revision takes the held copy
   * away, and anything else held stays (unchanged, or a conflict when it differs). Recounts the
   * coverage of what changed; answers the counts.
   */
  finish(rows: number, suppressed: number): TableChanges {
    this.writeOneByOne(this.inBatch);
    this.inBatch = 0;
    if (this.direct) {
      replaceCoverage(this.db, this.space, [...this.coverage.keys()], this.coverageCells());
      return { created: rows - suppressed, updated: 0, unchanged: 0, conflicts: 0, deleted: 0 };
    }
    try {
      this.db.exec(`CREATE UNIQUE INDEX temp.peer_rows_key ON peer_rows (${keyColumnList})`);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const line = z
        .object({ line: z.number() })
        .parse(this.db.prepare(`SELECT max(line) AS line FROM peer_rows GROUP BY ${keyColumnList} HAVING count(*) > 1 ORDER BY 1 LIMIT 1`).get()).line;
      throw new BundleRejected('invalid_record', `observations line ${line}: the same figure twice`);
    }
    const counts = Counts.parse(
      this.db
        .prepare(
          `SELECT sum(s.suppressed = 0 AND o.city IS NULL) AS created,
                  sum(s.suppressed = 0 AND o.revision < s.revision) AS updated,
                  sum(s.suppressed = 0 AND o.revision >= s.revision AND ${sameValues}) AS unchanged,
                  sum(s.suppressed = 0 AND o.revision >= s.revision AND NOT (${sameValues})) AS conflicts,
                  sum(s.suppressed = 1 AND o.revision < s.revision) AS deleted
             FROM peer_rows s LEFT JOIN observations o ON o.city = @city AND ${keyJoin('o', 's')}`,
        )
        .get(this.city),
    );
    const indicators = z
      .array(z.object({ indicator: z.string() }))
      .parse(
        this.db
          .prepare(
            `SELECT DISTINCT s.indicator FROM peer_rows s LEFT JOIN observations o ON o.city = @city AND ${keyJoin('o', 's')}
              WHERE (s.suppressed = 0 AND o.city IS NULL) OR o.revision < s.revision`,
          )
          .all(this.city),
      )
      .map((row) => row.indicator);
    this.db
      .prepare(
        `DELETE FROM observations WHERE city = @city AND (${keyColumnList}) IN
           (SELECT ${observationKeyFields.map((f) => `s.${f}`).join(', ')} FROM peer_rows s JOIN observations o ON o.city = @city AND ${keyJoin('o', 's')} WHERE s.suppressed = 1 AND o.revision < s.revision)`,
      )
      .run(this.city);
    this.db
      .prepare(
        `INSERT INTO observations (${writtenColumnList}, city, revision, updated_at)
         SELECT ${observationKeyFields.join(', ')}, value, is_estimate, is_provisional, 0, source, note, @city, revision, updated_at
           FROM peer_rows WHERE suppressed = 0 ORDER BY ${keyColumnList}
         ON CONFLICT (city, ${keyColumnList}) DO UPDATE SET
           ${valueColumns.map((column) => `${column} = excluded.${column}`).join(', ')}, revision = excluded.revision, updated_at = excluded.updated_at
         WHERE excluded.revision > observations.revision`,
      )
      .run(this.city);
    // A figure that came back after a deletion: its tombstone goes (a space's tombstones are few).
    if (this.db.prepare('SELECT 1 FROM observation_tombstones WHERE city = ? LIMIT 1').get(this.city.city) !== undefined) {
      this.db.prepare(`DELETE FROM observation_tombstones AS t WHERE t.city = @city AND EXISTS (SELECT 1 FROM observations o WHERE o.city = t.city AND ${keyJoin('o', 't')})`).run(this.city);
    }
    this.db.exec('DROP TABLE temp.peer_rows');
    if (indicators.length > 0) refreshCoverage(this.db, this.space, indicators);
    return { created: counts.created ?? 0, updated: counts.updated ?? 0, unchanged: counts.unchanged ?? 0, conflicts: counts.conflicts ?? 0, deleted: counts.deleted ?? 0 };
  }

  private *coverageCells(): Generator<{ indicator: string; period: string; shape: number; rows: number }> {
    for (const [indicator, periods] of this.coverage)
      for (const [period, shapes] of periods)
        for (let shape = 0; shape < shapes.length; shape += 1) {
          const rows = shapes[shape] ?? 0;
          if (rows > 0) yield { indicator, period, shape, rows };
        }
  }
}

/** The coverage bit of each breakdown, in `breakdownFields` order (the key's third field on). */
const shapes = breakdownFields.map(shapeBit);
