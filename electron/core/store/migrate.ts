import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations/index';

export function schemaVersion(db: Database): number {
  const version: unknown = db.pragma('user_version', { simple: true });
  return typeof version === 'number' ? version : 0;
}

/**
 * Applies every pending step in one transaction, so a failure leaves the file at its old version.
 * The caller takes the backup first. `to` stops early (used by the per-migration tests).
 */
export function migrate(db: Database, options: { to?: number; steps?: readonly Migration[] } = {}): number[] {
  const steps = options.steps ?? allMigrations;
  const current = schemaVersion(db);
  const pending = steps.filter((step) => step.version > current && (options.to === undefined || step.version <= options.to));
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const step of pending) {
      step.up(db);
      // user_version is a header field written inside the same transaction as the step.
      db.pragma(`user_version = ${Math.trunc(step.version)}`);
    }
  })();
  return pending.map((step) => step.version);
}
