import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { TravellingKind } from '../bundles/travelling-kinds';

/**
 * The version of an item that advice is written on (issue 11: advice is anchored to the exact
 * version seen): the SHA-256 of the record as it travels — its identity and its fields in the order
 * declared, JSON fields as JSON values — without its revision, time or tombstone. So the same item
 * has the same version in its own city's store and in a peer's copy of it, and either side can tell
 * whether the item changed since the advice was written on it, whatever the revisions say (a
 * revision also rises on a save that a peer never received).
 *
 * Null when the city holds no live record with that identity.
 */
export function recordVersion(db: Database, city: string, kind: TravellingKind, identity: readonly string[]): string | null {
  if (identity.length !== kind.identity.length) throw new Error(`${kind.name} records are identified by ${kind.identity.join(', ') || 'their city alone'}`);
  const columns = [...kind.identity, ...kind.fields];
  const where = ['city = ?', ...kind.identity.map((column) => `${column} = ?`), ...(kind.tombstones ? ['deleted = 0'] : [])].join(' AND ');
  // Names come from the declarations in travelling-kinds.ts, never from input.
  const row: unknown = db.prepare(`SELECT ${columns.join(', ')} FROM ${kind.table} WHERE ${where}`).raw(true).get(city, ...identity);
  if (!Array.isArray(row)) return null;
  const json = new Set(kind.json);
  const record = columns.map((column, k): unknown => {
    const value: unknown = row[k];
    return json.has(column) && typeof value === 'string' ? JSON.parse(value) : value;
  });
  return createHash('sha256').update(JSON.stringify([kind.name, ...record])).digest('hex');
}
