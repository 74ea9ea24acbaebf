import type { Migration } from '../migration';

/**
 * Peer technical advice (docs/data-model.md, issue 11): four record kinds, each in the space of the
 * city that writes it, each with a random id (or, for the learning record, the advice it is about),
 * a revision, an update time in milliseconds and a tombstone.
 *
 * - `advice`: the adviser's. The item it is about is named by kind and id in the other city's
 *   space, with the version read (a SHA-256, `advice/item-version.ts`) and the item's text then, so
 *   either side can show what changed since.
 * - `advice_replies`: a message or an answer (accept, decline, close) on an advice, by either side.
 * - `advice_requests`: a city asking one city (or the whole network: NULL) for advice on its item.
 * - `advice_outcomes`: the owner's learning record on an advice it received.
 *
 * `ready` and `sent_at` are the writing city's own bookkeeping and never travel: a draft goes only
 * once it is ready, and the export notes when a bundle to its city first carried it.
 */
export const advice: Migration = {
  version: 150,
  name: 'advice',
  up(db) {
    db.exec(`
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
      CREATE INDEX advice_by_item ON advice (to_city, item_kind, item_id);

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
      CREATE INDEX advice_replies_by_advice ON advice_replies (advice_city, advice_uid);

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
    `);
  },
};
