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
  // Steps rebuild tables (create, copy, drop, rename: SQLite's own recipe for schema changes). With
  // foreign keys on, dropping a parent table would cascade into its children, so they are off while
  // the steps run and every reference is checked before the transaction commits. The pragma cannot
  // change inside a transaction, hence outside it.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const step of pending) {
        step.up(db);
        // user_version is a header field written inside the same transaction as the step.
        db.pragma(`user_version = ${Math.trunc(step.version)}`);
      }
      const broken: unknown = db.pragma('foreign_key_check');
      if (Array.isArray(broken) && broken.length > 0) throw new Error(`A schema step left ${broken.length} broken references; nothing was changed.`);
    })();
  } finally {
    if (foreignKeys) db.pragma('foreign_keys = ON');
  }
  return pending.map((step) => step.version);
}
