import type { Migration } from '../migration';

/**
 * Sources and observations: the migration profile's figures as tidy rows. Each belongs to a city's
 * own space (its own, or later a peer's from a bundle). A blank breakdown value ('') means total, as
 * in every exchange file; blank rather than NULL so that "one value per indicator, period and
 * breakdown" is a plain UNIQUE constraint.
 */
export const observations: Migration = {
  version: 30,
  name: 'observations',
  up(db) {
    db.exec(`
      CREATE TABLE sources (
        id        INTEGER PRIMARY KEY,
        city      TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        citation  TEXT NOT NULL CHECK (length(trim(citation)) BETWEEN 1 AND 500),
        publisher TEXT NOT NULL DEFAULT '',
        year      INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2100),
        kind      TEXT NOT NULL CHECK (kind IN ('administrative', 'census', 'survey', 'field-research', 'estimate', 'other')),
        UNIQUE (city, citation)
      ) STRICT;

      CREATE TABLE observations (
        id              INTEGER PRIMARY KEY,
        city            TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        indicator       TEXT NOT NULL REFERENCES indicators (code),
        period          TEXT NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]' OR period GLOB '[12][0-9][0-9][0-9]-*'),
        sex             TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'F', 'M', 'X')),
        age             TEXT NOT NULL DEFAULT '' CHECK (age IN ('', 'Y_LT15', 'Y15T24', 'Y25T54', 'Y55T64', 'Y_GE65')),
        status          TEXT NOT NULL DEFAULT '' CHECK (status IN ('', 'NAT', 'MIG', 'REG', 'IRR', 'ASY', 'REF', 'STL', 'IDP', 'RET')),
        origin          TEXT NOT NULL DEFAULT '' CHECK (origin = '' OR origin GLOB '[A-Z][A-Z]' OR origin GLOB '[0-9][0-9][0-9]'),
        area            TEXT NOT NULL DEFAULT '' CHECK (length(area) <= 40),
        value           REAL NOT NULL,
        is_estimate     INTEGER NOT NULL DEFAULT 0 CHECK (is_estimate IN (0, 1)),
        is_provisional  INTEGER NOT NULL DEFAULT 0 CHECK (is_provisional IN (0, 1)),
        is_confidential INTEGER NOT NULL DEFAULT 0 CHECK (is_confidential IN (0, 1)),
        source          INTEGER NOT NULL REFERENCES sources (id),
        note            TEXT NOT NULL DEFAULT '',
        UNIQUE (city, indicator, period, sex, age, status, origin, area)
      ) STRICT;

      CREATE INDEX observations_source ON observations (source);
    `);
  },
};
