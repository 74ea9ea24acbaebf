import type { Migration } from '../migration';

const json = (column: string, fallback: string) => `${column} TEXT NOT NULL DEFAULT '${fallback}' CHECK (json_valid(${column}))`;

/**
 * Commitments (docs/data-model.md): what the city promised, identified by a random id, with a
 * revision, an update time in milliseconds and a tombstone. Its parts (tasks and milestones,
 * indicator targets, the notes log) travel with it as JSON lists: a peer receives a commitment
 * whole, and each part keeps its own id so a screen or a peer's advice can point at it.
 */
export const commitments: Migration = {
  version: 100,
  name: 'commitments',
  up(db) {
    db.exec(`
      CREATE TABLE commitments (
        city          TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        uid           TEXT NOT NULL CHECK (length(uid) = 36),
        original      TEXT NOT NULL CHECK (original IN ('en', 'fr', 'ar')),
        ${json('texts', '{}')},
        ${json('stale', '[]')},
        ${json('domains', '[]')},
        ${json('target_groups', '[]')},
        ${json('tags', '[]')},
        owner         TEXT NOT NULL DEFAULT '',
        start         TEXT,
        due           TEXT,
        status        TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'blocked', 'dropped')),
        status_reason TEXT NOT NULL DEFAULT '',
        ${json('tasks', '[]')},
        ${json('targets', '[]')},
        ${json('notes', '[]')},
        revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at    INTEGER NOT NULL,
        deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, uid)
      ) STRICT;
    `);
  },
};
