import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { District } from '../../../shared/domain/district';
import { Labels } from '../../../shared/domain/labels';

const Row = z.object({ city: z.string(), code: z.string(), name: z.string(), revision: z.number(), updated_at: z.number() });

/** The live districts of a city (the own city or a peer's), in the order the city added them. */
export function listDistricts(db: Database, city: string): District[] {
  const rows = z.array(Row).parse(db.prepare('SELECT city, code, name, revision, updated_at FROM districts WHERE city = ? AND deleted = 0 ORDER BY position, code').all(city));
  return rows.map((row) => District.parse({ city: row.city, code: row.code, name: Labels.parse(JSON.parse(row.name)), revision: row.revision, updatedAt: row.updated_at }));
}
