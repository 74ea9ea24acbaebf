CREATE UNIQUE INDEX cities_one_self ON cities (is_self) WHERE is_self = 1;

CREATE INDEX indicator_frameworks_item ON indicator_frameworks (item);

CREATE INDEX observations_source ON observations (source);

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

CREATE TABLE policy_domains (
        code        TEXT PRIMARY KEY,
        name        TEXT NOT NULL CHECK (json_valid(name)),
        description TEXT NOT NULL CHECK (json_valid(description)),
        is_context  INTEGER NOT NULL CHECK (is_context IN (0, 1)),
        position    INTEGER NOT NULL
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
