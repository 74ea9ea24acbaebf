import type { Migration } from '../migration';

/**
 * Settings and cities. The own city and, later, every peer city whose bundles arrive live in one
 * table: peer data is kept in each sender's own space, keyed by the sender's city code.
 */
export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cities (
        code        TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND length(code) BETWEEN 2 AND 40),
        names       TEXT NOT NULL CHECK (json_valid(names)),
        country     TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
        shore       TEXT CHECK (shore IS NULL OR shore IN ('north', 'south')),
        focal_point_name  TEXT,
        focal_point_email TEXT,
        languages   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
        public_key  TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        key_created_at TEXT NOT NULL,
        is_self     INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
        is_sample   INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        CHECK ((focal_point_name IS NULL) = (focal_point_email IS NULL))
      ) STRICT;

      -- Exactly one city is this installation's own.
      CREATE UNIQUE INDEX cities_one_self ON cities (is_self) WHERE is_self = 1;
    `);
  },
};
