import type { Migration } from '../migration';

/**
 * Observations are identified by their natural key (city, indicator, period, breakdown), as in every
 * exchange file, so the table is stored in that order (WITHOUT ROWID): no separate unique index to
 * maintain on a million-row import, and one indicator's rows sit together on disk. A small coverage
 * table (rows per indicator, period and breakdown shape) tells the dashboards where totals and
 * breakdowns exist and answers "what is missing" without reading every row.
 */
export const observationKeys: Migration = {
  version: 40,
  name: 'observation-keys',
  up(db) {
    db.exec(`
      -- Small counts are suppressed in exports only when they count people (not associations or campaigns).
      ALTER TABLE indicators ADD COLUMN counts_people INTEGER NOT NULL DEFAULT 1 CHECK (counts_people IN (0, 1));

      CREATE TABLE observations_new (
        city            TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        indicator       TEXT NOT NULL REFERENCES indicators (code),
        period          TEXT NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]' OR period GLOB '[12][0-9][0-9][0-9]-*'),
        -- OR chains rather than IN lists: SQLite builds a lookup table for an IN list on every row
        -- checked, which made a million-row import twice as slow.
        sex             TEXT NOT NULL DEFAULT '' CHECK (sex = '' OR sex = 'F' OR sex = 'M' OR sex = 'X'),
        age             TEXT NOT NULL DEFAULT '' CHECK (age = '' OR age = 'Y_LT15' OR age = 'Y15T24' OR age = 'Y25T54' OR age = 'Y55T64' OR age = 'Y_GE65'),
        status          TEXT NOT NULL DEFAULT '' CHECK (status = '' OR status = 'NAT' OR status = 'MIG' OR status = 'REG' OR status = 'IRR'
                                                        OR status = 'ASY' OR status = 'REF' OR status = 'STL' OR status = 'IDP' OR status = 'RET'),
        origin          TEXT NOT NULL DEFAULT '' CHECK (origin = '' OR origin GLOB '[A-Z][A-Z]' OR origin GLOB '[0-9][0-9][0-9]'),
        area            TEXT NOT NULL DEFAULT '' CHECK (length(area) <= 40),
        value           REAL NOT NULL,
        is_estimate     INTEGER NOT NULL DEFAULT 0 CHECK (is_estimate = 0 OR is_estimate = 1),
        is_provisional  INTEGER NOT NULL DEFAULT 0 CHECK (is_provisional = 0 OR is_provisional = 1),
        is_confidential INTEGER NOT NULL DEFAULT 0 CHECK (is_confidential = 0 OR is_confidential = 1),
        source          INTEGER NOT NULL REFERENCES sources (id),
        note            TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (city, indicator, period, sex, age, status, origin, area)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO observations_new (city, indicator, period, sex, age, status, origin, area, value, is_estimate, is_provisional, is_confidential, source, note)
        SELECT city, indicator, period, sex, age, status, origin, area, value, is_estimate, is_provisional, is_confidential, source, note FROM observations;
      DROP TABLE observations;
      ALTER TABLE observations_new RENAME TO observations;

      CREATE TABLE observation_coverage (
        city      TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        indicator TEXT NOT NULL,
        period    TEXT NOT NULL,
        -- Which breakdowns the rows use, one bit each: sex 1, age 2, status 4, origin 8, area 16 (0 = totals).
        shape     INTEGER NOT NULL CHECK (shape BETWEEN 0 AND 31),
        rows      INTEGER NOT NULL CHECK (rows > 0),
        PRIMARY KEY (city, indicator, period, shape)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO observation_coverage (city, indicator, period, shape, rows)
        SELECT city, indicator, period,
               (sex <> '') | ((age <> '') << 1) | ((status <> '') << 2) | ((origin <> '') << 3) | ((area <> '') << 4), count(*)
          FROM observations GROUP BY 1, 2, 3, 4;
    `);
  },
};
