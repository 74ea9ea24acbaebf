import type { Database } from 'better-sqlite3';

/** Small named values of the installation (interface language, catalogue version). */
export function readSetting(db: Database, key: string): string | null {
  const row: unknown = db.prepare('SELECT value FROM settings WHERE key = ?').get(key);
  return typeof row === 'object' && row !== null && 'value' in row && typeof row.value === 'string' ? row.value : null;
}

export function writeSetting(db: Database, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function removeSetting(db: Database, key: string): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(key);
}
