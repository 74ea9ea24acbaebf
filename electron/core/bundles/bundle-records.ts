import type { Database } from 'better-sqlite3';
import type { BundleEntryWriter } from './bundle-zip-writer';
import type { TravellingKind } from './travelling-kinds';

/**
 * Which of a kind's records a bundle to `recipients` carries: those addressed to them (or to the
 * whole network) and not held back as drafts — every record of the other kinds.
 */
export function travellingCondition(kind: TravellingKind, recipients: string): { sql: string; params: string[] } {
  // Names come from the declarations in travelling-kinds.ts, never from input.
  const addressed = kind.addressee === undefined ? [] : [`(${kind.addressee} IS NULL OR ? = 'network' OR ${kind.addressee} = ?)`];
  const ready = kind.held === undefined ? [] : [`NOT (${kind.held})`];
  return { sql: ['1', ...addressed, ...ready].join(' AND '), params: kind.addressee === undefined ? [] : [recipients, recipients] };
}

/**
 * Writes one kind's records of the city as NDJSON, in identity order: every record changed after
 * `sinceMs` (all of them for a full bundle) that travels to `recipients`, tombstones included, so a
 * peer drops what was deleted.
 */
export function writeRecords(db: Database, city: string, kind: TravellingKind, sinceMs: number, recipients: string, out: BundleEntryWriter): void {
  const columns = [...kind.identity, ...kind.fields, 'revision', 'updated_at', ...(kind.tombstones ? ['deleted'] : [])];
  const order = kind.identity.length > 0 ? `ORDER BY ${kind.identity.join(', ')}` : '';
  const travels = travellingCondition(kind, recipients);
  // Names come from the declarations in travelling-kinds.ts, never from input.
  const query = db.prepare(`SELECT ${columns.join(', ')} FROM ${kind.table} WHERE city = ? AND updated_at > ? AND ${travels.sql} ${order}`).raw(true);
  const json = new Set(kind.json);
  for (const row of query.iterate(city, sinceMs, ...travels.params)) {
    if (!Array.isArray(row)) continue;
    const record: Record<string, unknown> = {};
    columns.forEach((column, k) => {
      const value: unknown = row[k];
      if (column === 'deleted') record[column] = value === 1;
      else record[column] = json.has(column) && typeof value === 'string' ? JSON.parse(value) : value;
    });
    if (!kind.tombstones) record.deleted = false;
    out.write(`${JSON.stringify(record)}\n`, 1);
  }
}

/**
 * Notes that a bundle to `recipients`, now in place, carried the addressed records it held: those
 * changed up to `asOf` that were not sent before. Only this city's own bookkeeping changes: no
 * revision or time moves, so nothing travels again because of it.
 */
export function noteSent(db: Database, city: string, kind: TravellingKind, recipients: string, asOf: number, sentAt: number): void {
  if (kind.addressee === undefined) return;
  const travels = travellingCondition(kind, recipients);
  db.prepare(`UPDATE ${kind.table} SET sent_at = ? WHERE city = ? AND sent_at IS NULL AND updated_at <= ? AND ${travels.sql}`).run(sentAt, city, asOf, ...travels.params);
}
