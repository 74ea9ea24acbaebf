import type { Migration } from '../migration';

const nowMs = `CAST(strftime('%s', 'now') AS INTEGER) * 1000`;

/**
 * Districts (the `area` breakdown) become a list each city defines (docs/data-model.md): the code is
 * the identity within the city, with a revision, an update time in milliseconds and a tombstone.
 * Until now any short text was taken as a district, so every area the city's figures already use
 * becomes one of its districts, named by its code until the city names it: nothing stored is lost,
 * and every stored figure still passes the validator.
 */
export const districts: Migration = {
  version: 70,
  name: 'districts',
  up(db) {
    db.exec(`
      CREATE TABLE districts (
        city       TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        code       TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
        name       TEXT NOT NULL CHECK (json_valid(name)),
        position   INTEGER NOT NULL,
        revision   INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at INTEGER NOT NULL,
        deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, code)
      ) STRICT;
      INSERT INTO districts (city, code, name, position, updated_at)
        SELECT city, area, json_object('en', area, 'fr', area, 'ar', area), row_number() OVER (PARTITION BY city ORDER BY area), ${nowMs}
          FROM (SELECT DISTINCT city, area FROM observations WHERE area <> '');
    `);
  },
};
