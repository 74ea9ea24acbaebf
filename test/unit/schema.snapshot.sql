CREATE INDEX advice_by_item ON advice (to_city, item_kind, item_id);

CREATE INDEX advice_replies_by_advice ON advice_replies (advice_city, advice_uid);

CREATE UNIQUE INDEX cities_one_self ON cities (is_self) WHERE is_self = 1;

CREATE INDEX indicator_frameworks_item ON indicator_frameworks (item);

CREATE UNIQUE INDEX paper_versions_name ON paper_versions (city, name) WHERE deleted = 0;

CREATE INDEX received_bundles_sender ON received_bundles (sender, sequence);

CREATE UNIQUE INDEX sources_citation ON sources (city, citation) WHERE deleted = 0;

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
        cities TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cities)),
        participants TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(participants)),
        outputs       TEXT NOT NULL DEFAULT '',
        follow_ups TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(follow_ups)),
        revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at    INTEGER NOT NULL,
        deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, uid)
      ) STRICT;

CREATE TABLE advice (
        city         TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        uid          TEXT NOT NULL CHECK (length(uid) = 36),
        to_city      TEXT NOT NULL,
        request_uid  TEXT,
        item_kind    TEXT NOT NULL CHECK (item_kind IN ('commitment', 'paper_section', 'indicator')),
        item_id      TEXT NOT NULL,
        item_version TEXT NOT NULL,
        item_text    TEXT NOT NULL,
        domains      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(domains)),
        kind         TEXT NOT NULL CHECK (kind IN ('question', 'suggestion', 'good_practice', 'risk', 'data_issue')),
        original     TEXT NOT NULL CHECK (original IN ('en', 'fr', 'ar')),
        texts        TEXT NOT NULL CHECK (json_valid(texts)),
        quote        TEXT NOT NULL DEFAULT '',
        reference    TEXT NOT NULL DEFAULT '',
        author       TEXT NOT NULL,
        ready        INTEGER NOT NULL DEFAULT 0 CHECK (ready IN (0, 1)),
        sent_at      INTEGER,
        revision     INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at   INTEGER NOT NULL,
        deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, uid)
      ) STRICT;

CREATE TABLE advice_outcomes (
        city        TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        advice_city TEXT NOT NULL,
        advice_uid  TEXT NOT NULL,
        original    TEXT NOT NULL CHECK (original IN ('en', 'fr', 'ar')),
        texts       TEXT NOT NULL CHECK (json_valid(texts)),
        commitments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(commitments)),
        sent_at     INTEGER,
        revision    INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at  INTEGER NOT NULL,
        deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, advice_city, advice_uid)
      ) STRICT;

CREATE TABLE advice_replies (
        city        TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        uid         TEXT NOT NULL CHECK (length(uid) = 36),
        advice_city TEXT NOT NULL,
        advice_uid  TEXT NOT NULL,
        to_city     TEXT NOT NULL,
        act         TEXT NOT NULL CHECK (act IN ('reply', 'accept', 'decline', 'close')),
        original    TEXT NOT NULL CHECK (original IN ('en', 'fr', 'ar')),
        texts       TEXT NOT NULL CHECK (json_valid(texts)),
        author      TEXT NOT NULL,
        made_at     INTEGER NOT NULL,
        sent_at     INTEGER,
        revision    INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at  INTEGER NOT NULL,
        deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, uid)
      ) STRICT;

CREATE TABLE advice_requests (
        city       TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        uid        TEXT NOT NULL CHECK (length(uid) = 36),
        to_city    TEXT,
        item_kind  TEXT NOT NULL CHECK (item_kind IN ('commitment', 'paper_section', 'indicator')),
        item_id    TEXT NOT NULL,
        original   TEXT NOT NULL CHECK (original IN ('en', 'fr', 'ar')),
        texts      TEXT NOT NULL CHECK (json_valid(texts)),
        author     TEXT NOT NULL,
        sent_at    INTEGER,
        revision   INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at INTEGER NOT NULL,
        deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, uid)
      ) STRICT;

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

CREATE TABLE commitments (
        city          TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        uid           TEXT NOT NULL CHECK (length(uid) = 36),
        original      TEXT NOT NULL CHECK (original IN ('en', 'fr', 'ar')),
        texts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(texts)),
        stale TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(stale)),
        domains TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(domains)),
        target_groups TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(target_groups)),
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        owner         TEXT NOT NULL DEFAULT '',
        start         TEXT,
        due           TEXT,
        status        TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'blocked', 'dropped')),
        status_reason TEXT NOT NULL DEFAULT '',
        tasks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tasks)),
        targets TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(targets)),
        notes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(notes)),
        revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at    INTEGER NOT NULL,
        deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, uid)
      ) STRICT;

CREATE TABLE countries (
        code TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code))
      ) STRICT, WITHOUT ROWID;

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

CREATE TABLE "indicators" (
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

CREATE TABLE mapping_templates (
        city       TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
        mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (city, name)
      ) STRICT;

CREATE TABLE observation_coverage (
        city      TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        indicator TEXT NOT NULL,
        period    TEXT NOT NULL,
        -- Which breakdowns the rows use, one bit each: sex 1, age 2, status 4, origin 8, area 16 (0 = totals).
        shape     INTEGER NOT NULL CHECK (shape BETWEEN 0 AND 31),
        rows      INTEGER NOT NULL CHECK (rows > 0),
        PRIMARY KEY (city, indicator, period, shape)
      ) STRICT, WITHOUT ROWID;

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

CREATE TABLE "observations" (
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

CREATE TABLE policy_domains (
        code        TEXT PRIMARY KEY,
        name        TEXT NOT NULL CHECK (json_valid(name)),
        description TEXT NOT NULL CHECK (json_valid(description)),
        is_context  INTEGER NOT NULL CHECK (is_context IN (0, 1)),
        position    INTEGER NOT NULL
      ) STRICT;

CREATE TABLE priority_papers (
        city       TEXT PRIMARY KEY REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        content    TEXT NOT NULL CHECK (json_valid(content)),
        revision   INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at INTEGER NOT NULL
      ) STRICT;

CREATE TABLE "profile_narratives" (
        city       TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        section    TEXT NOT NULL REFERENCES profile_sections (code),
        locale     TEXT NOT NULL CHECK (locale IN ('en', 'fr', 'ar')),
        markdown   TEXT NOT NULL CHECK (length(markdown) <= 50000),
        revision   INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at INTEGER NOT NULL,
        deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (city, section, locale)
      ) STRICT;

CREATE TABLE profile_sections (
        code        TEXT PRIMARY KEY,
        parent      TEXT REFERENCES profile_sections (code),
        name        TEXT NOT NULL CHECK (json_valid(name)),
        description TEXT CHECK (description IS NULL OR json_valid(description)),
        position    INTEGER NOT NULL
      ) STRICT;

CREATE TABLE received_bundles (
        id             INTEGER PRIMARY KEY,
        bundle_id      TEXT,
        sender         TEXT,
        sequence       INTEGER,
        created_at     TEXT,
        received_at    TEXT NOT NULL,
        content_sha256 TEXT NOT NULL,
        result         TEXT NOT NULL CHECK (result IN ('imported', 'duplicate', 'rejected')),
        code           TEXT,
        counts         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts))
      ) STRICT;

CREATE TABLE sent_bundles (
        bundle_id  TEXT PRIMARY KEY CHECK (length(bundle_id) = 36),
        sequence   INTEGER NOT NULL UNIQUE CHECK (sequence >= 1),
        recipients TEXT NOT NULL,
        since      INTEGER,
        as_of      INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        file_name  TEXT NOT NULL,
        counts     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts)),
        complete   INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1))
      ) STRICT;

CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

CREATE TABLE "sources" (
        id        INTEGER PRIMARY KEY,
        city      TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        uid       TEXT NOT NULL CHECK (length(uid) BETWEEN 8 AND 64),
        citation  TEXT NOT NULL CHECK (length(trim(citation)) BETWEEN 1 AND 500),
        publisher TEXT NOT NULL DEFAULT '',
        year      INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2100),
        kind      TEXT NOT NULL CHECK (kind IN ('administrative', 'census', 'survey', 'field-research', 'estimate', 'other')),
        revision  INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at INTEGER NOT NULL,
        deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), title_en TEXT NOT NULL DEFAULT '' CHECK (length(title_en) <= 500), title_fr TEXT NOT NULL DEFAULT '' CHECK (length(title_fr) <= 500), title_ar TEXT NOT NULL DEFAULT '' CHECK (length(title_ar) <= 500),
        UNIQUE (city, uid),
        UNIQUE (city, id)
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

CREATE TABLE trusted_keys (
        fingerprint TEXT PRIMARY KEY,
        public_key  TEXT,
        city        TEXT,
        trusted_at  TEXT NOT NULL,
        how         TEXT NOT NULL CHECK (how IN ('bundle', 'fingerprint', 'key-change', 'sample')),
        replaced_by TEXT
      ) STRICT;

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
