import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import { breakdownFields } from '../../../shared/domain/observation-record';
import { breakdownSeparator } from '../observations/export/breakdown-shapes';

/** The flag bits a figure's three flags are packed into. */
export const estimateBit = 1;
export const provisionalBit = 2;
export const confidentialBit = 4;

/**
 * One table of the city's figures (an indicator in a period), column by column, its cells in the
 * order of their breakdown key.
 */
export interface FigureTable {
  indicator: string;
  period: string;
  /** Each cell's breakdown codes joined by `breakdownSeparator` (sex, age, status, origin, area). */
  keys: string[];
  values: number[];
  /** `estimateBit | provisionalBit | confidentialBit`. */
  flags: number[];
  notes: string[];
  /** The store's id of each cell's source. */
  sources: number[];
  revisions: number[];
  updatedAt: number[];
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw new Error('a figure table answered a number where a text belongs');
  return value;
}

function numberIn(value: unknown): number {
  if (typeof value !== 'number') throw new Error('a figure table answered a text where a number belongs');
  return value;
}

const NextTable = z.tuple([z.string(), z.string()]).optional();

/**
 * Reads a city's figures one table at a time, in the order of indicator and period, each table by
 * a query of its own, its rows as arrays of seven values: the breakdown joined into one key and
 * six numbers or texts. Reading the rows was most of an export's time (docs/benchmarks.md): one
 * value fewer per row is a million fewer handed from SQLite to JavaScript.
 */
export class FigureTables {
  private readonly next: Statement;
  private readonly cells: Statement;
  private after: [string, string] | null = ['', ''];

  constructor(
    db: Database,
    private readonly city: string,
    /** A condition on `o.indicator` and its parameters. */
    private readonly indicators: { sql: string; params: string[] },
  ) {
    this.next = db
      .prepare(`SELECT o.indicator, o.period FROM observations o WHERE o.city = ? AND (o.indicator, o.period) > (?, ?) AND ${indicators.sql} ORDER BY o.indicator, o.period LIMIT 1`)
      .raw(true);
    const key = breakdownFields.map((field) => `o.${field}`).join(` || char(${breakdownSeparator.charCodeAt(0)}) || `);
    const flags = `o.is_estimate * ${estimateBit} + o.is_provisional * ${provisionalBit} + o.is_confidential * ${confidentialBit}`;
    this.cells = db
      .prepare(
        `SELECT ${key}, o.value, ${flags}, o.note, o.source, o.revision, o.updated_at
           FROM observations o
          WHERE o.city = ? AND o.indicator = ? AND o.period = ?
          ORDER BY ${breakdownFields.map((field) => `o.${field}`).join(', ')}`,
      )
      .raw(true);
  }

  /** The next table, or null after the last. */
  read(): FigureTable | null {
    if (this.after === null) return null;
    const found = NextTable.parse(this.next.get(this.city, ...this.after, ...this.indicators.params));
    if (!found) {
      this.after = null;
      return null;
    }
    const [indicator, period] = found;
    this.after = [indicator, period];
    const table: FigureTable = { indicator, period, keys: [], values: [], flags: [], notes: [], sources: [], revisions: [], updatedAt: [] };
    for (const row of this.cells.all(this.city, indicator, period)) {
      if (!Array.isArray(row)) throw new Error('a figure table answered something other than rows');
      table.keys.push(text(row[0]));
      table.values.push(numberIn(row[1]));
      table.flags.push(numberIn(row[2]));
      table.notes.push(text(row[3]));
      table.sources.push(numberIn(row[4]));
      table.revisions.push(numberIn(row[5]));
      table.updatedAt.push(numberIn(row[6]));
    }
    return table;
  }
}
