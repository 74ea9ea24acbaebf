CREATE UNIQUE INDEX cities_one_self ON cities (is_self) WHERE is_self = 1;

CREATE INDEX indicator_frameworks_item ON indicator_frameworks (item);

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

CREATE TABLE codelist_values (
        codelist TEXT NOT NULL REFERENCES codelists (code),
        code     TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
        name     TEXT NOT NULL CHECK (json_valid(name)),
        position INTEGER NOT NULL,
        PRIMARY KEY (codelist, code)
      ) STRICT;

CREATE TABLE codelists (
        code        TEXT PRIMARY KEY CHECK (code IN ('sex', 'age', 'status', 'origin', 'area')),
        name        TEXT NOT NULL CHECK (json_valid(name)),
        description TEXT NOT NULL CHECK (json_valid(description)),
        is_open     INTEGER NOT NULL CHECK (is_open IN (0, 1)),
        position    INTEGER NOT NULL
      ) STRICT;

CREATE TABLE countries (
        code TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code))
      ) STRICT, WITHOUT ROWID;

CREATE TABLE framework_groups (
        framework TEXT NOT NULL REFERENCES frameworks (code),
        code      TEXT NOT NULL,
        name      TEXT NOT NULL CHECK (json_valid(name)),
        position  INTEGER NOT NULL,
        PRIMARY KEY (framework, code)
      ) STRICT;

CREATE TABLE framework_items (
        code        TEXT PRIMARY KEY,
        framework   TEXT NOT NULL REFERENCES frameworks (code),
        group_code  TEXT,
        name        TEXT NOT NULL CHECK (json_valid(name)),
        sdgs        TEXT NOT NULL CHECK (json_valid(sdgs)),
        needs_check INTEGER NOT NULL CHECK (needs_check IN (0, 1)),
        position    INTEGER NOT NULL,
        FOREIGN KEY (framework, group_code) REFERENCES framework_groups (framework, code)
      ) STRICT;

CREATE TABLE frameworks (
        code        TEXT PRIMARY KEY,
        name        TEXT NOT NULL CHECK (json_valid(name)),
        description TEXT NOT NULL CHECK (json_valid(description)),
        publisher   TEXT NOT NULL,
        scoring     TEXT NOT NULL CHECK (scoring IN ('absent-partial-complete', 'tag')),
        position    INTEGER NOT NULL
      ) STRICT;

CREATE TABLE indicator_frameworks (
        indicator TEXT NOT NULL REFERENCES indicators (code) ON DELETE CASCADE,
        item      TEXT NOT NULL REFERENCES framework_items (code),
        PRIMARY KEY (indicator, item)
      ) STRICT, WITHOUT ROWID;

CREATE TABLE indicators (
        code       TEXT PRIMARY KEY,
        city       TEXT REFERENCES cities (code),
        domain     TEXT NOT NULL REFERENCES policy_domains (code),
        unit       TEXT NOT NULL CHECK (unit IN ('count', 'percent', 'rate', 'currency', 'ynp')),
        direction  TEXT NOT NULL CHECK (direction IN ('increase', 'decrease', 'none')),
        dimensions TEXT NOT NULL CHECK (json_valid(dimensions)),
        name       TEXT NOT NULL CHECK (json_valid(name)),
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        position   INTEGER NOT NULL
      , counts_people INTEGER NOT NULL DEFAULT 1 CHECK (counts_people IN (0, 1))) STRICT;

CREATE TABLE observation_coverage (
        city      TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        indicator TEXT NOT NULL,
        period    TEXT NOT NULL,
        -- Which breakdowns the rows use, one bit each: sex 1, age 2, status 4, origin 8, area 16 (0 = totals).
        shape     INTEGER NOT NULL CHECK (shape BETWEEN 0 AND 31),
        rows      INTEGER NOT NULL CHECK (rows > 0),
        PRIMARY KEY (city, indicator, period, shape)
      ) STRICT, WITHOUT ROWID;

CREATE TABLE "observations" (
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

CREATE TABLE policy_domains (
        code        TEXT PRIMARY KEY,
        name        TEXT NOT NULL CHECK (json_valid(name)),
        description TEXT NOT NULL CHECK (json_valid(description)),
        is_context  INTEGER NOT NULL CHECK (is_context IN (0, 1)),
        position    INTEGER NOT NULL
      ) STRICT;

CREATE TABLE profile_narratives (
        city       TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        -- Catalogue sections are upserted, never deleted, so a text never loses its section.
        section    TEXT NOT NULL REFERENCES profile_sections (code),
        locale     TEXT NOT NULL CHECK (locale IN ('en', 'fr', 'ar')),
        markdown   TEXT NOT NULL CHECK (length(markdown) <= 50000),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (city, section, locale)
      ) STRICT;

CREATE TABLE profile_sections (
        code        TEXT PRIMARY KEY,
        parent      TEXT REFERENCES profile_sections (code),
        name        TEXT NOT NULL CHECK (json_valid(name)),
        description TEXT CHECK (description IS NULL OR json_valid(description)),
        position    INTEGER NOT NULL
      ) STRICT;

CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

CREATE TABLE sources (
        id        INTEGER PRIMARY KEY,
        city      TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        citation  TEXT NOT NULL CHECK (length(trim(citation)) BETWEEN 1 AND 500),
        publisher TEXT NOT NULL DEFAULT '',
        year      INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2100),
        kind      TEXT NOT NULL CHECK (kind IN ('administrative', 'census', 'survey', 'field-research', 'estimate', 'other')),
        UNIQUE (city, citation)
      ) STRICT;

CREATE TABLE target_groups (
        code            TEXT PRIMARY KEY,
        name            TEXT NOT NULL CHECK (json_valid(name)),
        description     TEXT NOT NULL CHECK (json_valid(description)),
        is_focus        INTEGER NOT NULL CHECK (is_focus IN (0, 1)),
        dimension       TEXT REFERENCES codelists (code),
        dimension_value TEXT,
        position        INTEGER NOT NULL,
        CHECK ((dimension IS NULL) = (dimension_value IS NULL))
      ) STRICT;
