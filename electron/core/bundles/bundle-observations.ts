import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { observationKeyFields } from '../../../shared/domain/observation-record';
import { csvField } from '../observations/export/spreadsheet-text';
import { suppressSmallCounts, type SuppressibleRow } from '../observations/export/suppression';
import type { BundleEntryWriter } from './bundle-zip-writer';

/** The observations table of a bundle: the import format's columns, then the record's identity of source, revision and time. */
export const observationColumns = [...observationKeyFields, 'value', 'source', 'note', 'flags', 'source_id', 'revision', 'updated_at'] as const;
/** Deleted observations: their key, and the tombstone's revision and time. */
export const deletionColumns = [...observationKeyFields, 'revision', 'updated_at'] as const;

export interface ObservationSelection {
  /** null: every indicator of the city. */
  indicators: readonly string[] | null;
  /** Only what changed after this moment (0 for everything). */
  sinceMs: number;
  threshold: number;
}

export interface ObservationCounts {
  rows: number;
  deletions: number;
  /** Small counts of people blanked (or blanked so that they cannot be worked out). */
  suppressed: number;
  /** Rows marked confidential, left out of the bundle altogether. */
  withheld: number;
}

/** A row as the query answers it, read by position (no object or schema per row: a million rows stream through). */
interface Row {
  key: string[];
  value: number | null;
  estimate: boolean;
  provisional: boolean;
  confidential: boolean;
  note: string;
  citation: string;
  sourceUid: string;
  revision: number;
  updatedAt: number;
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw new Error('a text column answered something else');
  return value;
}

function whole(value: unknown): number {
  if (typeof value !== 'number') throw new Error('a number column answered something else');
  return value;
}

function rowOf(cells: unknown[]): Row {
  const value = cells[7];
  return {
    key: cells.slice(0, 7).map(text),
    value: value === null ? null : whole(value),
    estimate: cells[8] === 1,
    provisional: cells[9] === 1,
    confidential: cells[10] === 1,
    note: text(cells[11]),
    citation: text(cells[12]),
    sourceUid: text(cells[13]),
    revision: whole(cells[14]),
    updatedAt: whole(cells[15]),
  };
}

function indicatorCondition(selection: ObservationSelection, alias: string): { sql: string; params: string[] } {
  if (selection.indicators === null) return { sql: '1', params: [] };
  if (selection.indicators.length === 0) return { sql: '0', params: [] };
  return { sql: `${alias}.indicator IN (${selection.indicators.map(() => '?').join(', ')})`, params: [...selection.indicators] };
}

/**
 * Writes the city's figures as tidy CSV (codes, blank = total), one indicator and period at a time —
 * what suppression needs to see together — so any number of rows streams through constant memory.
 * Suppression looks at whole tables even for "changes only", so a changed small count cannot be
 * worked out from a total sent earlier.
 */
export function writeObservations(
  db: Database,
  city: string,
  selection: ObservationSelection,
  out: BundleEntryWriter,
  /** Told every 10,000 figures read how many are. */
  onRead: (figures: number) => void = () => undefined,
): Omit<ObservationCounts, 'deletions'> {
  const notPeople = new Set(
    z.array(z.object({ code: z.string() })).parse(db.prepare("SELECT code FROM indicator_scope WHERE scope = ? AND (unit <> 'count' OR counts_people = 0)").all(city)).map((r) => r.code),
  );
  const indicators = indicatorCondition(selection, 'o');
  const order = observationKeyFields.map((field) => `o.${field}`).join(', ');
  const query = db
    .prepare(
      `SELECT ${order}, o.value, o.is_estimate, o.is_provisional, o.is_confidential, o.note, s.citation, s.uid AS source_uid, o.revision, o.updated_at
         FROM observations o JOIN sources s ON s.id = o.source
        WHERE o.city = ? AND ${indicators.sql}
        ORDER BY ${order}`,
    )
    .raw(true);
  out.write(`${observationColumns.join(',')}\r\n`);
  const counts = { rows: 0, suppressed: 0, withheld: 0 };
  let group: { cell: SuppressibleRow; row: Row }[] = [];
  const flush = (): void => {
    suppressSmallCounts(
      group.map((g) => g.cell),
      selection.threshold,
    );
    for (const { cell, row } of group) {
      if (row.updatedAt <= selection.sinceMs) continue;
      if (row.confidential) {
        counts.withheld += 1;
        continue;
      }
      if (cell.suppressed) counts.suppressed += 1;
      const flags = [row.estimate ? 'estimate' : '', row.provisional ? 'provisional' : '', cell.suppressed ? 'suppressed' : ''].filter(Boolean).join(';');
      const cells = [...row.key, cell.suppressed ? null : row.value, row.citation, row.note, flags, row.sourceUid, row.revision, row.updatedAt];
      out.write(`${cells.map(csvField).join(',')}\r\n`, 1);
      counts.rows += 1;
    }
    group = [];
  };
  let read = 0;
  for (const cells of query.iterate(city, ...indicators.params)) {
    if (!Array.isArray(cells)) continue;
    read += 1;
    if (read % 10_000 === 0) onRead(read);
    const row = rowOf(cells);
    const [indicator = '', period = ''] = row.key;
    const first = group[0];
    if (first && (first.cell.indicator !== indicator || first.cell.period !== period)) flush();
    // A confidential value is blank from the start, so that secondary suppression keeps its total from giving it away.
    group.push({ cell: { indicator, period, breakdown: row.key.slice(2), value: row.value, people: !notPeople.has(indicator), suppressed: row.confidential }, row });
  }
  flush();
  onRead(read);
  return counts;
}

/** How many figures `writeObservations` will read: what an export's progress counts towards. */
export function countObservations(db: Database, city: string, selection: ObservationSelection): number {
  const indicators = indicatorCondition(selection, 'o');
  return z.object({ n: z.number() }).parse(db.prepare(`SELECT count(*) AS n FROM observations o WHERE o.city = ? AND ${indicators.sql}`).get(city, ...indicators.params)).n;
}

/** Writes the tombstones of deleted figures changed after `sinceMs`. */
export function writeObservationDeletions(db: Database, city: string, selection: ObservationSelection, out: BundleEntryWriter): number {
  const indicators = indicatorCondition(selection, 't');
  const order = observationKeyFields.map((field) => `t.${field}`).join(', ');
  const query = db
    .prepare(`SELECT ${order}, t.revision, t.updated_at FROM observation_tombstones t WHERE t.city = ? AND t.updated_at > ? AND ${indicators.sql} ORDER BY ${order}`)
    .raw(true);
  out.write(`${deletionColumns.join(',')}\r\n`);
  let rows = 0;
  for (const row of query.iterate(city, selection.sinceMs, ...indicators.params)) {
    if (!Array.isArray(row)) continue;
    out.write(`${row.map((cell: unknown) => csvField(typeof cell === 'number' || typeof cell === 'string' ? cell : null)).join(',')}\r\n`, 1);
    rows += 1;
  }
  return rows;
}
