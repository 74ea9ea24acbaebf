import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { observationKeyFields } from '../../../shared/domain/observation-record';
import { csvField } from '../observations/export/spreadsheet-text';
import { breakdownSeparator, BreakdownShapes } from '../observations/export/breakdown-shapes';
import { suppressTable } from '../observations/export/suppression';
import { detached } from '../detached-text';
import { confidentialBit, estimateBit, FigureTables, provisionalBit, type FigureTable } from './figure-tables';
import type { BundleEntryWriter } from './bundle-zip-writer';

/** The observations table of a bundle: the import format's columns, then the record's identity of source, revision and time. */
export const observationColumns = [...observationKeyFields, 'value', 'source', 'note', 'flags', 'source_id', 'revision', 'updated_at'] as const;
/** Deleted observations: their key, and the tombstone's revision and time. */
export const deletionColumns = [...observationKeyFields, 'revision', 'updated_at'] as const;

/** Where figure lines go: a bundle's entry, or a text kept to compare (advice-items.ts). */
export interface FigureLineSink {
  write(text: string, records?: number): void;
}

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

/** The flags column for each combination of estimate (1), provisional (2) and suppressed (4). */
const suppressedBit = 4;
const flagTexts = Array.from({ length: 8 }, (_, bits) =>
  [bits & estimateBit ? 'estimate' : '', bits & provisionalBit ? 'provisional' : '', bits & suppressedBit ? 'suppressed' : ''].filter(Boolean).join(';'),
);

function indicatorCondition(selection: ObservationSelection, alias: string): { sql: string; params: string[] } {
  if (selection.indicators === null) return { sql: '1', params: [] };
  if (selection.indicators.length === 0) return { sql: '0', params: [] };
  return { sql: `${alias}.indicator IN (${selection.indicators.map(() => '?').join(', ')})`, params: [...selection.indicators] };
}

/**
 * The pieces of a figure's CSV line that repeat from row to row, each made once: the breakdown's
 * fields per key, what lies between value and revision per source and flags (when there is no
 * note), and the revision and time (a whole import shares one time). A line then joins six
 * pieces rather than fourteen, which is fewer strings to make, join and collect for a million rows.
 */
class FigureLineText {
  private readonly sources: Map<number, { citation: string; uid: string }>;
  private readonly breakdowns = new Map<string, string>();
  private readonly middles = new Map<number, string>();
  private lastTail = { revision: -1, updatedAt: -1, text: '' };

  constructor(db: Database, city: string) {
    const rows = z.array(z.object({ id: z.number(), citation: z.string(), uid: z.string() })).parse(db.prepare('SELECT id, citation, uid FROM sources WHERE city = ?').all(city));
    this.sources = new Map(rows.map((row) => [row.id, { citation: csvField(row.citation), uid: csvField(row.uid) }]));
  }

  /** The breakdown's fields, sex to area. */
  breakdown(key: string): string {
    const known = this.breakdowns.get(key);
    if (known !== undefined) return known;
    if (this.breakdowns.size >= 100_000) this.breakdowns.clear();
    const fields = key.split(breakdownSeparator).map(csvField).join(',');
    this.breakdowns.set(detached(key), fields);
    return fields;
  }

  /** From the comma after the value to the comma before the revision: source, note, flags, source id. */
  middle(source: number, flagIndex: number, note: string): string {
    const id = source * flagTexts.length + flagIndex;
    if (note === '') {
      const known = this.middles.get(id);
      if (known !== undefined) return known;
    }
    const fields = this.sources.get(source);
    if (!fields) throw new Error('a figure names a source the city does not have');
    const text = `,${fields.citation},${note === '' ? '' : csvField(note)},${flagTexts[flagIndex]},${fields.uid},`;
    if (note === '') this.middles.set(id, text);
    return text;
  }

  /** The revision, the time and the line's end. */
  tail(revision: number, updatedAt: number): string {
    if (revision !== this.lastTail.revision || updatedAt !== this.lastTail.updatedAt) this.lastTail = { revision, updatedAt, text: `${revision},${updatedAt}\r\n` };
    return this.lastTail.text;
  }
}

/** A table's rows as CSV text; counts what it writes, leaves out and blanks. */
function tableLines(table: FigureTable, hidden: readonly boolean[], sinceMs: number, text: FigureLineText, counts: Omit<ObservationCounts, 'deletions'>): string {
  const start = `${csvField(table.indicator)},${csvField(table.period)},`;
  let lines = '';
  table.keys.forEach((key, cell) => {
    const flags = table.flags[cell] ?? 0;
    const updatedAt = table.updatedAt[cell] ?? 0;
    if (updatedAt <= sinceMs) return;
    if (flags & confidentialBit) {
      counts.withheld += 1;
      return;
    }
    const suppressed = hidden[cell] === true;
    if (suppressed) counts.suppressed += 1;
    const value = suppressed ? '' : String(table.values[cell]);
    const middle = text.middle(table.sources[cell] ?? 0, (flags & (estimateBit | provisionalBit)) | (suppressed ? suppressedBit : 0), table.notes[cell] ?? '');
    lines += `${start}${text.breakdown(key)},${value}${middle}${text.tail(table.revisions[cell] ?? 0, updatedAt)}`;
    counts.rows += 1;
  });
  return lines;
}

/**
 * Writes the city's figures as tidy CSV (codes, blank = total), one table (an indicator in a period)
 * at a time — what suppression needs to see together — so any number of rows streams through the
 * memory of one table. Suppression looks at whole tables even for "changes only", so a changed
 * small count cannot be worked out from a total sent earlier.
 */
export function writeObservations(
  db: Database,
  city: string,
  selection: ObservationSelection,
  out: FigureLineSink,
  /** Told every 10,000 figures read how many are. */
  onRead: (figures: number) => void = () => undefined,
): Omit<ObservationCounts, 'deletions'> {
  const notPeople = new Set(
    z.array(z.object({ code: z.string() })).parse(db.prepare("SELECT code FROM indicator_scope WHERE scope = ? AND (unit <> 'count' OR counts_people = 0)").all(city)).map((r) => r.code),
  );
  const text = new FigureLineText(db, city);
  const tables = new FigureTables(db, city, indicatorCondition(selection, 'o'));
  const shapes = new BreakdownShapes();
  out.write(`${observationColumns.join(',')}\r\n`);
  const counts = { rows: 0, suppressed: 0, withheld: 0 };
  let read = 0;
  for (let table = tables.read(); table !== null; table = tables.read()) {
    // A confidential value is blank from the start, so that secondary suppression keeps its total from giving it away.
    const hidden = table.flags.map((flags) => (flags & confidentialBit) !== 0);
    suppressTable({ people: !notPeople.has(table.indicator), keys: table.keys, values: table.values, hidden }, selection.threshold, shapes);
    const before = counts.rows;
    out.write(tableLines(table, hidden, selection.sinceMs, text, counts), counts.rows - before);
    const previous = read;
    read += table.keys.length;
    if (Math.floor(read / 10_000) > Math.floor(previous / 10_000)) onRead(read);
  }
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
