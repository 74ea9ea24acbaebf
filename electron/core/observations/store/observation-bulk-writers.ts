import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import type { OwnCity } from '../../city/own-city';
import type { ObservationKey } from '../../../../shared/domain/observation-record';
import { KeyLines } from './key-lines';
import { bindValues, keyColumnList, keyCondition, keyJoin, keyOf, valueColumns, writtenColumnList, writtenColumns, type ObservationValues } from './observation-columns';

/**
 * The import's two ways into the one writer's table (docs/data-model.md): a city's first import
 * goes straight in, later ones are staged, compared and merged. Both bind 50 rows per statement
 * (far cheaper than fifty single ones) from the column description, never a hand-written list.
 */

const batchRows = 50;
const width = writtenColumns.length;

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Straight into the observations table of an own city that has none yet. The table's primary key
 * refuses a row repeated within the file; that batch is then written row by row to name the line,
 * and the earlier line it repeats when that can be told for certain (`KeyLines`).
 */
export class DirectObservationWriter {
  private readonly many: Statement;
  private readonly one: Statement;
  private readonly batch: { line: number; row: ObservationValues }[] = [];
  /** Reused for every batch: a million rows would otherwise leave a million arrays behind. */
  private readonly params: (string | number)[];
  private readonly cityParam: { city: string };
  private readonly keyLines = new KeyLines();
  count = 0;

  constructor(
    db: Database,
    private readonly city: OwnCity,
    now: Date,
    private readonly onDuplicate: (line: number, first: number | undefined) => void,
  ) {
    // Revision and time are the same for every row: constants of the statement. The city too: one
    // named parameter that every row of a batch refers to, bound once per batch rather than per row.
    const one = `(@city, ${writtenColumns.map(() => '?').join(', ')}, 1, ${now.getTime()})`;
    const insert = `INSERT INTO observations (city, ${writtenColumnList}, revision, updated_at) VALUES `;
    this.many = db.prepare(insert + new Array(batchRows).fill(one).join(', '));
    this.one = db.prepare(insert + one);
    this.params = new Array<string | number>(batchRows * width).fill('');
    this.cityParam = { city: city.code };
  }

  /** The file line of a row this writer wrote, when it can be told for certain (see `KeyLines`). */
  lineOf(key: ObservationKey): number | undefined {
    return this.keyLines.lineOf(key);
  }

  add(line: number, row: ObservationValues): void {
    this.batch.push({ line, row });
    if (this.batch.length === batchRows) this.writeBatch();
  }

  flush(): void {
    for (const entry of this.batch) this.writeOne(entry);
    this.batch.length = 0;
  }

  private writeBatch(): void {
    const params = this.params;
    let at = 0;
    for (const { row } of this.batch) {
      bindValues(params, at, row);
      at += width;
    }
    try {
      this.many.run(this.cityParam, params);
      this.count += this.batch.length;
      // Only rows the store took: a repeated key keeps the line of its first row alone.
      for (const { line, row } of this.batch) this.keyLines.note(line, row);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      for (const entry of this.batch) this.writeOne(entry);
    }
    this.batch.length = 0;
  }

  private writeOne({ line, row }: { line: number; row: ObservationValues }): void {
    const params: (string | number)[] = [];
    bindValues(params, 0, row);
    try {
      this.one.run(this.cityParam, params);
      this.count += 1;
      this.keyLines.note(line, row);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      this.onDuplicate(line, this.keyLines.earlierLine(row, line));
    }
  }
}

const stagedColumns = `line, ${writtenColumnList}`;
const sameAsStored = valueColumns.map((column) => `o.${column} = s.${column}`).join(' AND ');
const unchangedOnConflict = valueColumns.map((column) => `observations.${column} = excluded.${column}`).join(' AND ');
const setOnConflict = valueColumns.map((column) => `${column} = excluded.${column}`).join(', ');

/**
 * Rows of a later import, staged in a temporary table with their file line, then compared with the
 * stored rows and merged in one statement. Temporary: a crash or a rollback leaves nothing behind.
 */
export class StagedObservationWriter {
  private readonly many: Statement;
  private readonly one: Statement;
  private readonly pending: (string | number)[] = [];
  private inBatch = 0;
  count = 0;

  constructor(
    private readonly db: Database,
    private readonly city: OwnCity,
    private readonly now: Date,
  ) {
    db.exec('DROP TABLE IF EXISTS temp.import_rows');
    db.exec(`CREATE TEMP TABLE import_rows (${stagedColumns})`);
    const one = `(?, ${writtenColumns.map(() => '?').join(', ')})`;
    this.many = db.prepare(`INSERT INTO import_rows (${stagedColumns}) VALUES ${new Array(batchRows).fill(one).join(', ')}`);
    this.one = db.prepare(`INSERT INTO import_rows (${stagedColumns}) VALUES ${one}`);
  }

  add(line: number, row: ObservationValues): void {
    const at = this.pending.length;
    this.pending[at] = line;
    bindValues(this.pending, at + 1, row);
    this.count += 1;
    this.inBatch += 1;
    if (this.inBatch === batchRows) {
      this.many.run(this.pending);
      this.pending.length = 0;
      this.inBatch = 0;
    }
  }

  flush(): void {
    for (let i = 0; i < this.pending.length; i += width + 1) this.one.run(this.pending.slice(i, i + width + 1));
    this.pending.length = 0;
    this.inBatch = 0;
    this.db.exec(`CREATE INDEX temp.import_rows_key ON import_rows (${keyColumnList}, line)`);
  }

  /** Lines that repeat an earlier line's key, with that earlier line. */
  *duplicates(): Generator<{ line: number; first: number }> {
    const rows = this.db
      .prepare(
        `SELECT line, first FROM (
           SELECT line, first_value(line) OVER (PARTITION BY ${keyColumnList} ORDER BY line) AS first FROM import_rows
         ) WHERE line <> first ORDER BY line`,
      )
      .raw(true);
    for (const row of rows.iterate()) {
      const [line, first] = z.tuple([z.number(), z.number()]).parse(row);
      yield { line, first };
    }
  }

  /** What the merge would do: rows new to the store, rows that change it, rows already there as they are. */
  compare(): { created: number; updated: number; unchanged: number } {
    const staged = z.object({ n: z.number() }).parse(this.db.prepare('SELECT count(*) AS n FROM import_rows').get()).n;
    const anyStored = this.db.prepare('SELECT 1 FROM observations WHERE city = ? LIMIT 1').get(this.city.code) !== undefined;
    if (!anyStored) return { created: staged, updated: 0, unchanged: 0 };
    const { matched, same } = z
      .object({ matched: z.number(), same: z.number().nullable() })
      .parse(
        this.db
          .prepare(`SELECT count(o.city) AS matched, sum(${sameAsStored}) AS same FROM import_rows s JOIN observations o ON o.city = @city AND ${keyJoin('o', 's')}`)
          .get({ city: this.city.code }),
      );
    return { created: staged - matched, updated: matched - (same ?? 0), unchanged: same ?? 0 };
  }

  /** The indicators the staged rows touch. */
  indicators(): string[] {
    return z
      .array(z.object({ indicator: z.string() }))
      .parse(this.db.prepare('SELECT DISTINCT indicator FROM import_rows').all())
      .map((row) => row.indicator);
  }

  /** The first staged line of a key, or else of its indicator and period. */
  lineOf(key: ObservationKey): number | null {
    const LineRow = z.object({ line: z.number().nullable() });
    const exact = LineRow.parse(this.db.prepare(`SELECT min(line) AS line FROM import_rows WHERE ${keyCondition()}`).get(keyOf(key))).line;
    if (exact !== null) return exact;
    return LineRow.parse(this.db.prepare('SELECT min(line) AS line FROM import_rows WHERE indicator = ? AND period = ?').get(key.indicator, key.period)).line;
  }

  /** Merges the staged rows into the own city's observations: new rows at revision 1, changed rows one revision up. */
  merge(): void {
    this.db
      .prepare(
        `INSERT INTO observations (city, ${writtenColumnList}, revision, updated_at)
         SELECT @city, ${writtenColumnList}, 1, @now FROM import_rows WHERE true ORDER BY ${keyColumnList}
         ON CONFLICT (city, ${keyColumnList}) DO UPDATE SET ${setOnConflict}, revision = observations.revision + 1, updated_at = excluded.updated_at
         WHERE NOT (${unchangedOnConflict})`,
      )
      .run({ city: this.city.code, now: this.now.getTime() });
  }

  drop(): void {
    this.db.exec('DROP TABLE IF EXISTS temp.import_rows');
  }
}
