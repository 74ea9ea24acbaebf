import type { Database, Statement } from 'better-sqlite3';
import { observationKeyFields, type ObservationKey } from '../../../../shared/domain/observation-record';
import type { OwnCity } from '../../city/own-city';
import type { PeerSpace } from '../../bundles/peer-space';
import {
  allColumnList,
  keyColumnList,
  keyCondition,
  keyJoin,
  keyOf,
  ObservationSqlRow,
  shapeSql,
  sqlValues,
  valueColumns,
  writtenColumnList,
  writtenColumns,
  type ObservationValues,
} from './observation-columns';

/**
 * The one writer of observations (docs/data-model.md): every change to a city's figures — a cell
 * saved, rows deleted or put back, an import, the sample city — goes through here. It writes only
 * in the own city's space, bumps the revision of every row it changes, leaves a tombstone for every
 * row it deletes (so the deletion can travel), and keeps the coverage table right.
 */

const sameValues = valueColumns.map((column) => `observations.${column} = excluded.${column}`).join(' AND ');
const setValues = valueColumns.map((column) => `${column} = excluded.${column}`).join(', ');
const observationKeyParams = observationKeyFields.map((field) => `@${field}`).join(', ');
const placeholders = writtenColumns.map((column) => `@${column}`).join(', ');

export class ObservationWriter {
  private readonly read: Statement;
  private readonly upsert: Statement;
  private readonly remove: Statement;
  private readonly bury: Statement;
  private readonly unbury: Statement;
  private readonly touched = new Set<string>();

  constructor(
    private readonly db: Database,
    readonly city: OwnCity,
    private readonly now: Date,
  ) {
    this.read = db.prepare(`SELECT ${allColumnList} FROM observations WHERE city = @city AND ${keyCondition()}`);
    // A row that comes back after a deletion continues from its tombstone's revision.
    this.upsert = db.prepare(
      `INSERT INTO observations (city, ${writtenColumnList}, revision, updated_at)
       VALUES (@city, ${placeholders},
               coalesce((SELECT revision FROM observation_tombstones WHERE city = @city AND ${keyCondition()}), 0) + 1, @now)
       ON CONFLICT DO UPDATE SET ${setValues}, revision = observations.revision + 1, updated_at = excluded.updated_at
       WHERE NOT (${sameValues})`,
    );
    this.remove = db.prepare(`DELETE FROM observations WHERE city = @city AND ${keyCondition()}`);
    this.bury = db.prepare(
      `INSERT INTO observation_tombstones (city, ${keyColumnList}, revision, updated_at) VALUES (@city, ${observationKeyParams}, @revision, @now)
       ON CONFLICT DO UPDATE SET revision = excluded.revision, updated_at = excluded.updated_at`,
    );
    this.unbury = db.prepare(`DELETE FROM observation_tombstones WHERE city = @city AND ${keyCondition()}`);
  }

  /** The stored row under a key of the own city, if any. */
  get(key: ObservationKey): ObservationSqlRow | null {
    return ObservationSqlRow.optional().parse(this.read.get({ city: this.city.code, ...key })) ?? null;
  }

  /**
   * Writes one row (new or changed); an identical row is left as it is, revision and all. A row
   * that was deleted before continues from its tombstone, which then goes (a row and a tombstone
   * never stand under the same key, so removing it from a row that existed removes nothing).
   */
  put(row: ObservationValues): void {
    const { changes } = this.upsert.run({ city: this.city.code, now: this.now.getTime(), ...sqlValues(row) });
    if (changes === 0) return;
    this.unbury.run({ city: this.city.code, ...keyOf(row) });
    this.touched.add(row.indicator);
  }

  /** Deletes one row, leaving a tombstone; answers the row as it was (null if there was none). */
  delete(key: ObservationKey): ObservationSqlRow | null {
    const before = this.get(key);
    if (!before) return null;
    this.remove.run({ city: this.city.code, ...keyOf(key) });
    this.bury.run({ city: this.city.code, ...keyOf(key), revision: before.revision + 1, now: this.now.getTime() });
    this.touched.add(key.indicator);
    return before;
  }

  /** Recounts the coverage of every indicator this writer changed. Call once, after the changes. */
  finish(): void {
    refreshCoverage(this.db, this.city, [...this.touched]);
    this.touched.clear();
  }
}



/**
 * Recounts the coverage table (rows per indicator, period and breakdown shape) of the own city, or
 * of some of its indicators, from the observations themselves; the bundle importer recounts a peer's.
 */
export function refreshCoverage(db: Database, city: OwnCity | PeerSpace, indicators: readonly string[] | null = null): void {
  const scope = indicators === null ? '' : `AND indicator IN (SELECT value FROM json_each(@indicators))`;
  const params = { city: city.code, indicators: JSON.stringify(indicators ?? []) };
  db.prepare(`DELETE FROM observation_coverage WHERE city = @city ${scope}`).run(params);
  db.prepare(
    `INSERT INTO observation_coverage (city, indicator, period, shape, rows)
     SELECT city, indicator, period, ${shapeSql()}, count(*) FROM observations WHERE city = @city ${scope} GROUP BY 1, 2, 3, 4`,
  ).run(params);
}

/** Replaces the coverage counts of some indicators with counts worked out elsewhere (an import counts as it reads). */
export function replaceCoverage(db: Database, city: OwnCity | PeerSpace, indicators: readonly string[], coverage: Iterable<{ indicator: string; period: string; shape: number; rows: number }>): void {
  const remove = db.prepare('DELETE FROM observation_coverage WHERE city = ? AND indicator = ?');
  for (const indicator of indicators) remove.run(city.code, indicator);
  const insert = db.prepare('INSERT INTO observation_coverage (city, indicator, period, shape, rows) VALUES (?, ?, ?, ?, ?)');
  for (const cell of coverage) insert.run(city.code, cell.indicator, cell.period, cell.shape, cell.rows);
}

/** A coverage count as soon as it is final, for an import that counts while it writes. */
export function coverageWriter(db: Database, city: OwnCity): (indicator: string, period: string, shape: number, rows: number) => void {
  const insert = db.prepare(
    `INSERT INTO observation_coverage (city, indicator, period, shape, rows) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET rows = excluded.rows`,
  );
  return (indicator, period, shape, rows) => {
    insert.run(city.code, indicator, period, shape, rows);
  };
}

/**
 * After rows were written in bulk: a row that came back after a deletion continues from its
 * tombstone's revision, and the tombstone goes. One pass over the (few) tombstones of the city.
 */
export function settleTombstones(db: Database, city: OwnCity): void {
  // Most imports meet no tombstone at all; SQLite would still walk the new rows to find out.
  if (db.prepare('SELECT 1 FROM observation_tombstones WHERE city = ? LIMIT 1').get(city.code) === undefined) return;
  db.prepare(
    `UPDATE observations SET revision = t.revision + 1
       FROM observation_tombstones t
      WHERE t.city = @city AND observations.city = @city AND ${keyJoin('observations', 't')}`,
  ).run({ city: city.code });
  db.prepare(`DELETE FROM observation_tombstones AS t WHERE t.city = @city AND EXISTS (SELECT 1 FROM observations o WHERE o.city = t.city AND ${keyJoin('o', 't')})`).run({
    city: city.code,
  });
}

/** How many rows the own city has; an import into an empty space may take the direct path. */
export function hasObservations(db: Database, city: OwnCity): boolean {
  return db.prepare('SELECT 1 FROM observations WHERE city = ? LIMIT 1').get(city.code) !== undefined;
}
