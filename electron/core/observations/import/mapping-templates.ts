import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { ImportMapping, type MappingTemplate } from '../../../../shared/domain/observation-import';
import type { OwnCity } from '../../city/own-city';
import { FocalError } from '../../errors';

/** The own city's saved mappings (a mapping step's "use a saved mapping"), by name. */

const Row = z.object({ name: z.string(), mapping: z.string(), updated_at: z.number() });

export function listMappingTemplates(db: Database, city: OwnCity): MappingTemplate[] {
  return z
    .array(Row)
    .parse(db.prepare('SELECT name, mapping, updated_at FROM mapping_templates WHERE city = ? ORDER BY name COLLATE NOCASE').all(city.code))
    .map((row) => ({ name: row.name, mapping: ImportMapping.parse(JSON.parse(row.mapping)), updatedAt: row.updated_at }));
}

/** Saves a mapping under a name, replacing the one of the same name. */
export function saveMappingTemplate(db: Database, city: OwnCity, now: Date, name: string, mapping: ImportMapping): MappingTemplate {
  // Stored as the schema reads it, so a template saved by this version reads back the same.
  const stored = ImportMapping.parse(mapping);
  db.prepare(
    `INSERT INTO mapping_templates (city, name, mapping, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (city, name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(city.code, name, JSON.stringify(stored), now.getTime());
  return { name, mapping: stored, updatedAt: now.getTime() };
}

export function deleteMappingTemplate(db: Database, city: OwnCity, name: string): void {
  const removed = db.prepare('DELETE FROM mapping_templates WHERE city = ? AND name = ?').run(city.code, name);
  if (removed.changes === 0) throw new FocalError('not_found', `There is no saved mapping named "${name}".`);
}
