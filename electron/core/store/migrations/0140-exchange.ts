import type { Migration } from '../migration';

/**
 * The exchange of bundles (docs/bundle-format.md). These are the own installation's logs and trust,
 * not records of a city: they never travel.
 * - `sent_bundles`: every bundle this city made, with its sequence (rising by one per bundle, to
 *   anyone) and the moment its content runs to, so "changes since my last bundle to X" knows where
 *   to start. A row is written before the file and marked complete once the file is in place: a
 *   sequence is never handed out twice, and an interrupted export is never taken as sent.
 * - `trusted_keys`: the peers' signing keys the user confirmed, by fingerprint.
 * - `received_bundles`: every bundle offered for import and what became of it.
 */
export const exchange: Migration = {
  version: 140,
  name: 'exchange',
  up(db) {
    db.exec(`
      CREATE TABLE sent_bundles (
        bundle_id  TEXT PRIMARY KEY CHECK (length(bundle_id) = 36),
        sequence   INTEGER NOT NULL UNIQUE CHECK (sequence >= 1),
        recipients TEXT NOT NULL,
        since      INTEGER,
        as_of      INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        file_name  TEXT NOT NULL,
        counts     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts)),
        complete   INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1))
      ) STRICT;

      CREATE TABLE trusted_keys (
        fingerprint TEXT PRIMARY KEY,
        public_key  TEXT,
        city        TEXT,
        trusted_at  TEXT NOT NULL,
        how         TEXT NOT NULL CHECK (how IN ('bundle', 'fingerprint', 'key-change', 'sample')),
        replaced_by TEXT
      ) STRICT;

      CREATE TABLE received_bundles (
        id             INTEGER PRIMARY KEY,
        bundle_id      TEXT,
        sender         TEXT,
        sequence       INTEGER,
        created_at     TEXT,
        received_at    TEXT NOT NULL,
        content_sha256 TEXT NOT NULL,
        result         TEXT NOT NULL CHECK (result IN ('imported', 'duplicate', 'rejected')),
        code           TEXT,
        counts         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts))
      ) STRICT;
      CREATE INDEX received_bundles_sender ON received_bundles (sender, sequence);
    `);
  },
};
