import type { Migration } from '../migration';

/**
 * The priority paper (docs/data-model.md): one per city, identified by its city, with a revision and
 * an update time; and its named versions, each a record with a random id, a tombstone and the
 * content as it was when saved. The content is one JSON document (shared/domain/priority-paper.ts):
 * a paper is read, versioned, compared and exported whole.
 */
export const priorityPaper: Migration = {
  version: 110,
  name: 'priority-paper',
  up(db) {
    db.exec(`
      CREATE TABLE priority_papers (
        city       TEXT PRIMARY KEY REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        content    TEXT NOT NULL CHECK (json_valid(content)),
        revision   INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE paper_versions (
        city       TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        uid        TEXT NOT NULL CHECK (length(uid) = 36),
        name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        content    TEXT NOT NULL CHECK (json_valid(content)),
        saved_at   INTEGER NOT NULL,
        revision   INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at INTEGER NOT NULL,
        deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, uid)
      ) STRICT;
      CREATE UNIQUE INDEX paper_versions_name ON paper_versions (city, name) WHERE deleted = 0;
    `);
  },
};
