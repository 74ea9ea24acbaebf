import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { FieldIssue } from '../../../../shared/api/result';
import type { ImportMapping } from '../../../../shared/domain/observation-import';
import { ObservationDraft, type ObservationKey, type ObservationRow, type StoredObservation } from '../../../../shared/domain/observation-table';
import { FocalError } from '../../errors';
import { refreshCoverage } from '../coverage';
import { CodeRecognizer } from '../import/code-recognizer';
import { ProblemList } from '../import/problem-list';
import { RowReader } from '../import/row-reader';
import { SourceRegistry } from '../import/source-registry';
import { attachWarnings } from './observation-page';
import { keyWhere } from './row-key';

const columns = 'city, indicator, period, sex, age, status, origin, area, value, is_estimate, is_provisional, is_confidential, source, note';

const StoredRow = z.object({
  indicator: z.string(),
  period: z.string(),
  sex: z.string(),
  age: z.string(),
  status: z.string(),
  origin: z.string(),
  area: z.string(),
  value: z.number(),
  is_estimate: z.number(),
  is_provisional: z.number(),
  is_confidential: z.number(),
  source: z.number(),
  note: z.string(),
});

function toStored(row: z.infer<typeof StoredRow>): StoredObservation {
  return {
    indicator: row.indicator,
    period: row.period,
    sex: row.sex,
    age: row.age,
    status: row.status,
    origin: row.origin,
    area: row.area,
    value: row.value,
    flags: { estimate: row.is_estimate === 1, provisional: row.is_provisional === 1, confidential: row.is_confidential === 1 },
    sourceId: row.source,
    note: row.note,
  };
}

function readStored(db: Database, city: string, key: ObservationKey): StoredObservation | null {
  const row = StoredRow.optional().parse(db.prepare(`SELECT ${columns} FROM observations WHERE city = @city AND ${keyWhere}`).get({ city, ...key }));
  return row ? toStored(row) : null;
}

function writeStored(db: Database, city: string, row: StoredObservation): void {
  db.prepare(
    `INSERT INTO observations (${columns}) VALUES (@city, @indicator, @period, @sex, @age, @status, @origin, @area, @value, @e, @p, @c, @source, @note)
     ON CONFLICT DO UPDATE SET value = excluded.value, is_estimate = excluded.is_estimate, is_provisional = excluded.is_provisional,
       is_confidential = excluded.is_confidential, source = excluded.source, note = excluded.note`,
  ).run({
    city,
    indicator: row.indicator,
    period: row.period,
    sex: row.sex,
    age: row.age,
    status: row.status,
    origin: row.origin,
    area: row.area,
    value: row.value,
    e: row.flags.estimate ? 1 : 0,
    p: row.flags.provisional ? 1 : 0,
    c: row.flags.confidential ? 1 : 0,
    source: row.sourceId,
    note: row.note,
  });
}

function sameKey(a: ObservationKey, b: ObservationKey): boolean {
  return a.indicator === b.indicator && a.period === b.period && a.sex === b.sex && a.age === b.age && a.status === b.status && a.origin === b.origin && a.area === b.area;
}

/**
 * Saves one row typed in the table (a new one, or a change to `original`), checked exactly as an
 * imported row is: codes or labels, the period, the number and the unit's rules. Answers the row as
 * stored with its warnings, and what it replaced so the interface can undo.
 */
export function saveObservation(
  db: Database,
  city: string,
  original: ObservationKey | null,
  input: ObservationDraft,
): { row: ObservationRow; replaced: StoredObservation | null } {
  const draft = ObservationDraft.parse(input);
  const flags = Object.entries(draft.flags).filter(([, on]) => on).map(([flag]) => flag).join(';');
  // Built as is rather than parsed: the mapping's 500-character limit on fixed values is for file
  // mappings and would refuse a note the table allows (2,000 characters, checked by the row reader).
  const mapping: ImportMapping = {
    sheet: null,
    headerRow: 1,
    columns: {},
    fixed: { indicator: draft.indicator, period: draft.period, sex: draft.sex, age: draft.age, status: draft.status, origin: draft.origin, area: draft.area, value: draft.value, source: draft.source, note: draft.note, flags },
    periodColumns: [],
    decimalComma: draft.decimalComma,
    newSourceKind: 'other',
  };
  const problems = new ProblemList();
  const [staged] = new RowReader(mapping, [], new CodeRecognizer(db, city), new SourceRegistry(db, city, 'other'), problems).read([], 1);
  if (!staged || problems.errorCount > 0) {
    const issues: FieldIssue[] = problems.errors.map((p) => ({ path: p.column, message: p.message, problem: { code: p.code, params: p.params } }));
    throw new FocalError('invalid_input', issues.map((i) => i.message).join(' '), issues);
  }
  const [, indicator, period, sex, age, status, origin, area, value, estimate, provisional, confidential, sourceId, note] = staged;
  const key = { indicator, period, sex, age, status, origin, area };
  const replaced = original ? readStored(db, city, original) : null;
  if (original && !replaced) throw new FocalError('not_found', 'This row is no longer there; it may have been changed elsewhere. Reload the table.');
  if ((!original || !sameKey(original, key)) && readStored(db, city, key)) {
    throw new FocalError('conflict', 'There is already a value for this indicator, period and breakdown. Change that row instead.');
  }
  if (original && !sameKey(original, key)) db.prepare(`DELETE FROM observations WHERE city = @city AND ${keyWhere}`).run({ city, ...original });
  writeStored(db, city, { ...key, value, flags: { estimate: estimate === 1, provisional: provisional === 1, confidential: confidential === 1 }, sourceId, note });
  refreshCoverage(db, city, [...new Set([indicator, ...(original ? [original.indicator] : [])])]);
  const citation = z.object({ citation: z.string() }).parse(db.prepare('SELECT citation FROM sources WHERE id = ?').get(sourceId)).citation;
  const row: ObservationRow = { ...key, value, flags: { estimate: estimate === 1, provisional: provisional === 1, confidential: confidential === 1 }, source: { id: sourceId, citation }, note, warnings: [] };
  attachWarnings(db, city, [row]);
  return { row, replaced };
}

/** Deletes rows; answers them as they were, for undo. */
export function deleteObservations(db: Database, city: string, keys: readonly ObservationKey[]): StoredObservation[] {
  const removed: StoredObservation[] = [];
  const remove = db.prepare(`DELETE FROM observations WHERE city = @city AND ${keyWhere}`);
  for (const key of keys) {
    const stored = readStored(db, city, key);
    if (!stored) continue;
    remove.run({ city, ...key });
    removed.push(stored);
  }
  refreshCoverage(db, city, [...new Set(removed.map((r) => r.indicator))]);
  return removed;
}

/** Puts rows back exactly as they were (undo of a change or a deletion), optionally removing rows first. */
export function restoreObservations(db: Database, city: string, rows: readonly StoredObservation[], remove: readonly ObservationKey[]): number {
  const sourceOk = db.prepare('SELECT 1 FROM sources WHERE id = ? AND city = ?');
  const indicatorOk = db.prepare('SELECT 1 FROM indicators WHERE code = ? AND (city IS NULL OR city = ?)');
  const removeRow = db.prepare(`DELETE FROM observations WHERE city = @city AND ${keyWhere}`);
  for (const key of remove) removeRow.run({ city, ...key });
  for (const row of rows) {
    if (sourceOk.get(row.sourceId, city) === undefined) throw new FocalError('not_found', 'The source of a row to restore no longer exists.');
    if (indicatorOk.get(row.indicator, city) === undefined) throw new FocalError('not_found', `The indicator ${row.indicator} no longer exists.`);
    writeStored(db, city, row);
  }
  refreshCoverage(db, city, [...new Set([...rows.map((r) => r.indicator), ...remove.map((k) => k.indicator)])]);
  return rows.length;
}
