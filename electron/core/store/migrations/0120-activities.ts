import type { Migration } from '../migration';

const json = (column: string) => `${column} TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(${column}))`;

/**
 * Activities (docs/data-model.md): meetings, trainings and study visits, identified by a random id,
 * with a revision, an update time in milliseconds and a tombstone. Participating cities, the
 * participant counts and the follow-ups travel with the activity as JSON lists.
 */
export const activities: Migration = {
  version: 120,
  name: 'activities',
  up(db) {
    db.exec(`
      CREATE TABLE activities (
        city          TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        uid           TEXT NOT NULL CHECK (length(uid) = 36),
        kind          TEXT NOT NULL CHECK (kind IN ('meeting', 'training', 'study_visit')),
        title         TEXT NOT NULL,
        language      TEXT NOT NULL,
        date          TEXT NOT NULL,
        end_date      TEXT,
        place         TEXT NOT NULL DEFAULT '',
        host          TEXT NOT NULL DEFAULT '',
        ${json('cities')},
        ${json('participants')},
        outputs       TEXT NOT NULL DEFAULT '',
        ${json('follow_ups')},
        revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at    INTEGER NOT NULL,
        deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, uid)
      ) STRICT;
    `);
  },
};
