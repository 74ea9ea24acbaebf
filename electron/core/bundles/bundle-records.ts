import type { Database } from 'better-sqlite3';
import type { BundleEntryWriter } from './bundle-zip-writer';
import type { TravellingKind } from './travelling-kinds';

/**
 * Writes one kind's records of the city as NDJSON, in identity order: every record changed after
 * `sinceMs` (all of them for a full bundle), tombstones included, so a peer drops what was deleted.
 */
export function writeRecords(db: Database, city: string, kind: TravellingKind, sinceMs: number, out: BundleEntryWriter): void {
  const columns = [...kind.identity, ...kind.fields, 'revision', 'updated_at', ...(kind.tombstones ? ['deleted'] : [])];
  const order = kind.identity.length > 0 ? `ORDER BY ${kind.identity.join(', ')}` : '';
  // Names come from the declarations in travelling-kinds.ts, never from input.
  const query = db.prepare(`SELECT ${columns.join(', ')} FROM ${kind.table} WHERE city = ? AND updated_at > ? ${order}`).raw(true);
  const json = new Set(kind.json);
  for (const row of query.iterate(city, sinceMs)) {
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
