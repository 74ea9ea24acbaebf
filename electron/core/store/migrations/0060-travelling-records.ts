import type { Migration } from '../migration';

/** A random UUID v4 in SQL, for rows that existed before records had identities of their own. */
const uuidSql = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;
const nowMs = `CAST(strftime('%s', 'now') AS INTEGER) * 1000`;

/**
 * Records that can travel to a peer city (docs/data-model.md): each has the city it belongs to, an
 * identity that means the same in every city, a revision, an update time (Unix milliseconds) and a
 * way for a deletion to travel.
 *
 * - Sources get a random `uid`; their local `id` stays only as the observations' compact link and
 *   never leaves the core. Observations link to a source of their own city (composite key).
 * - The catalogue's indicators and the cities' own indicators part: `indicators` is the built-in
 *   catalogue alone; `city_indicators` holds each city's own (and, later, definitions a peer sent
 *   for codes this catalogue does not know), cascading with the city. `indicator_scope` is the one
 *   way to ask which indicators a city's figures may use.
 * - Observations lose the codelists copied into CHECK literals (the validator checks codes against
 *   the store's codelists) and the foreign key to `indicators` (a peer's figure may use an indicator
 *   only its own space defines; the writer checks against `indicator_scope`). They gain a revision
 *   and an update time; deletions leave a tombstone in `observation_tombstones`.
 * - Narrative texts gain a revision and a tombstone; a blank text is a deletion that can travel.
 */
export const travellingRecords: Migration = {
  version: 60,
  name: 'travelling-records',
  up(db) {
    db.exec(`
      CREATE TABLE sources_new (
        id        INTEGER PRIMARY KEY,
        city      TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        uid       TEXT NOT NULL CHECK (length(uid) BETWEEN 8 AND 64),
        citation  TEXT NOT NULL CHECK (length(trim(citation)) BETWEEN 1 AND 500),
        publisher TEXT NOT NULL DEFAULT '',
        year      INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2100),
        kind      TEXT NOT NULL CHECK (kind IN ('administrative', 'census', 'survey', 'field-research', 'estimate', 'other')),
        revision  INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at INTEGER NOT NULL,
        deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        UNIQUE (city, uid),
        UNIQUE (city, id)
      ) STRICT;
      INSERT INTO sources_new (id, city, uid, citation, publisher, year, kind, revision, updated_at, deleted)
        SELECT id, city, ${uuidSql}, citation, publisher, year, kind, 1, ${nowMs}, 0 FROM sources;
      DROP TABLE sources;
      ALTER TABLE sources_new RENAME TO sources;
      -- A citation names one live source of a city; a deleted one may be cited again by a new source.
      CREATE UNIQUE INDEX sources_citation ON sources (city, citation) WHERE deleted = 0;

      CREATE TABLE city_indicators (
        city       TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        code       TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 120),
        domain     TEXT NOT NULL CHECK (length(domain) BETWEEN 1 AND 40),
        unit       TEXT NOT NULL CHECK (unit IN ('count', 'percent', 'rate', 'currency', 'ynp')),
        direction  TEXT NOT NULL CHECK (direction IN ('increase', 'decrease', 'none')),
        dimensions TEXT NOT NULL CHECK (json_valid(dimensions)),
        name       TEXT NOT NULL CHECK (json_valid(name)),
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        frameworks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(frameworks)),
        counts_people INTEGER NOT NULL DEFAULT 1 CHECK (counts_people IN (0, 1)),
        position   INTEGER NOT NULL,
        revision   INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at INTEGER NOT NULL,
        deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, code)
      ) STRICT;
      INSERT INTO city_indicators (city, code, domain, unit, direction, dimensions, name, definition, frameworks, counts_people, position, updated_at)
        SELECT city, code, domain, unit, direction, dimensions, name, definition,
               (SELECT json_group_array(item) FROM indicator_frameworks f WHERE f.indicator = indicators.code), counts_people, position, ${nowMs}
          FROM indicators WHERE city IS NOT NULL;
      DELETE FROM indicator_frameworks WHERE indicator IN (SELECT code FROM indicators WHERE city IS NOT NULL);

      CREATE TABLE indicators_new (
        code       TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 80),
        domain     TEXT NOT NULL REFERENCES policy_domains (code),
        unit       TEXT NOT NULL CHECK (unit IN ('count', 'percent', 'rate', 'currency', 'ynp')),
        direction  TEXT NOT NULL CHECK (direction IN ('increase', 'decrease', 'none')),
        dimensions TEXT NOT NULL CHECK (json_valid(dimensions)),
        name       TEXT NOT NULL CHECK (json_valid(name)),
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        position   INTEGER NOT NULL,
        counts_people INTEGER NOT NULL DEFAULT 1 CHECK (counts_people IN (0, 1))
      ) STRICT;
      INSERT INTO indicators_new (code, domain, unit, direction, dimensions, name, definition, position, counts_people)
        SELECT code, domain, unit, direction, dimensions, name, definition, position, counts_people FROM indicators WHERE city IS NULL;
      DROP TABLE indicators;
      ALTER TABLE indicators_new RENAME TO indicators;

      -- The indicators each city's figures may use: the catalogue, then the city's own definitions of
      -- codes the catalogue does not have. Ask it with "WHERE scope = ?".
      CREATE VIEW indicator_scope AS
        SELECT c.code AS scope, 'catalogue' AS owner, i.code, i.domain, i.unit, i.direction, i.dimensions, i.name, i.definition,
               i.counts_people, 0 AS tier, i.position,
               (SELECT json_group_array(item) FROM (SELECT item FROM indicator_frameworks f WHERE f.indicator = i.code ORDER BY item)) AS frameworks
          FROM cities c CROSS JOIN indicators i
        UNION ALL
        SELECT ci.city, ci.city, ci.code, ci.domain, ci.unit, ci.direction, ci.dimensions, ci.name, ci.definition,
               ci.counts_people, 1, ci.position, ci.frameworks
          FROM city_indicators ci
         WHERE ci.deleted = 0 AND NOT EXISTS (SELECT 1 FROM indicators k WHERE k.code = ci.code);

      CREATE TABLE observations_new (
        city            TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        indicator       TEXT NOT NULL,
        period          TEXT NOT NULL,
        sex             TEXT NOT NULL DEFAULT '',
        age             TEXT NOT NULL DEFAULT '',
        status          TEXT NOT NULL DEFAULT '',
        origin          TEXT NOT NULL DEFAULT '',
        area            TEXT NOT NULL DEFAULT '',
        value           REAL NOT NULL,
        is_estimate     INTEGER NOT NULL DEFAULT 0 CHECK (is_estimate = 0 OR is_estimate = 1),
        is_provisional  INTEGER NOT NULL DEFAULT 0 CHECK (is_provisional = 0 OR is_provisional = 1),
        is_confidential INTEGER NOT NULL DEFAULT 0 CHECK (is_confidential = 0 OR is_confidential = 1),
        source          INTEGER NOT NULL,
        note            TEXT NOT NULL DEFAULT '',
        revision        INTEGER NOT NULL DEFAULT 1,
        updated_at      INTEGER NOT NULL,
        PRIMARY KEY (city, indicator, period, sex, age, status, origin, area),
        FOREIGN KEY (city, source) REFERENCES sources (city, id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO observations_new (city, indicator, period, sex, age, status, origin, area, value, is_estimate, is_provisional, is_confidential, source, note, revision, updated_at)
        SELECT city, indicator, period, sex, age, status, origin, area, value, is_estimate, is_provisional, is_confidential, source, note, 1, ${nowMs}
          FROM observations;
      DROP TABLE observations;
      ALTER TABLE observations_new RENAME TO observations;

      CREATE TABLE observation_tombstones (
        city       TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        indicator  TEXT NOT NULL,
        period     TEXT NOT NULL,
        sex        TEXT NOT NULL,
        age        TEXT NOT NULL,
        status     TEXT NOT NULL,
        origin     TEXT NOT NULL,
        area       TEXT NOT NULL,
        -- One more than the row's last revision: a peer that has the row at a lower revision drops it.
        revision   INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (city, indicator, period, sex, age, status, origin, area)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE profile_narratives_new (
        city       TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        section    TEXT NOT NULL REFERENCES profile_sections (code),
        locale     TEXT NOT NULL CHECK (locale IN ('en', 'fr', 'ar')),
        markdown   TEXT NOT NULL CHECK (length(markdown) <= 50000),
        revision   INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at INTEGER NOT NULL,
        deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, section, locale)
      ) STRICT;
      INSERT INTO profile_narratives_new (city, section, locale, markdown, revision, updated_at)
        SELECT city, section, locale, markdown, 1, coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), ${nowMs})
          FROM profile_narratives;
      DROP TABLE profile_narratives;
      ALTER TABLE profile_narratives_new RENAME TO profile_narratives;
    `);
  },
};
