import type { Migration } from '../migration';

/**
 * Self-assessments (docs/data-model.md): a framework's criteria scored by the city, identified by a
 * random id, with a revision, an update time in milliseconds and a tombstone. The scores travel with
 * the assessment as one JSON list. The framework is a catalogue code checked by the validator, not a
 * foreign key: the same rule as an observation's indicator, so a peer's record never fails to load.
 */
export const assessments: Migration = {
  version: 130,
  name: 'assessments',
  up(db) {
    db.exec(`
      CREATE TABLE assessments (
        city       TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        uid        TEXT NOT NULL CHECK (length(uid) = 36),
        framework  TEXT NOT NULL,
        date       TEXT NOT NULL,
        title      TEXT NOT NULL,
        scores     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(scores)),
        revision   INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at INTEGER NOT NULL,
        deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, uid)
      ) STRICT;
    `);
  },
};
