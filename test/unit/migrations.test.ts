import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../electron/core/paths';
import { listBackups } from '../../electron/core/store/backups';
import { migrate, schemaVersion } from '../../electron/core/store/migrate';
import type { Migration } from '../../electron/core/store/migration';
import { latestSchemaVersion, migrations } from '../../electron/core/store/migrations/index';
import { configureConnection } from '../../electron/core/store/open-database';
import { openTestCore, tempDir } from '../support/temp-core';

const city = {
  code: 'lyon',
  names: JSON.stringify({ en: 'Lyon', fr: 'Lyon', ar: 'ليون' }),
  country: 'FR',
  shore: 'north',
  languages: '["fr"]',
  public_key: 'cHVibGlj',
  fingerprint: '11111 22222 33333 44444 55555 66666',
  key_created_at: '2026-01-02T03:04:05.000Z',
  created_at: '2026-01-02T03:04:05.000Z',
  updated_at: '2026-01-02T03:04:05.000Z',
};

function insertCity(db: Database.Database): void {
  db.prepare(
    `INSERT INTO cities (code, names, country, shore, languages, public_key, fingerprint, key_created_at, is_self, created_at, updated_at)
     VALUES (@code, @names, @country, @shore, @languages, @public_key, @fingerprint, @key_created_at, 1, @created_at, @updated_at)`,
  ).run(city);
}

describe('migrations', () => {
  let folder: ReturnType<typeof tempDir>;
  let db: Database.Database;
  beforeEach(() => {
    folder = tempDir();
    db = new Database(`${folder.dir}/m.sqlite`);
    configureConnection(db);
  });
  afterEach(() => {
    if (db.open) db.close();
    folder.remove();
  });

  it('are numbered in steps of ten, in order, without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => (i + 1) * 10));
    expect(latestSchemaVersion).toBe(migrations.length * 10);
  });

  it('0010 initial: creates settings and cities on an empty file', () => {
    expect(migrate(db, { to: 10 })).toEqual([10]);
    expect(schemaVersion(db)).toBe(10);
    insertCity(db);
    expect(db.prepare('SELECT code FROM cities').all()).toEqual([{ code: 'lyon' }]);
    // Only one city may be this installation's own.
    expect(() => insertCity(db)).toThrow();
  });

  it('0020 catalogue: keeps the city and adds the catalogue tables', () => {
    migrate(db, { to: 10 });
    insertCity(db);
    const before = db.prepare('SELECT * FROM cities').all();
    expect(migrate(db, { to: 20 })).toEqual([20]);
    expect(db.prepare('SELECT * FROM cities').all()).toEqual(before);
    for (const table of ['policy_domains', 'codelists', 'codelist_values', 'frameworks', 'framework_items', 'indicators', 'indicator_frameworks', 'target_groups', 'profile_sections', 'countries']) {
      expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table)).toEqual({ n: 1 });
    }
    // A custom indicator must belong to a known city.
    db.prepare(`INSERT INTO policy_domains (code, name, description, is_context, position) VALUES ('health', '{}', '{}', 0, 0)`).run();
    expect(() =>
      db.prepare(`INSERT INTO indicators (code, city, domain, unit, direction, dimensions, name, definition, position) VALUES ('x', 'nowhere', 'health', 'count', 'none', '[]', '{}', '{}', 0)`).run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('0030 observations: keeps cities and catalogue, adds sources and tidy observations', () => {
    migrate(db, { to: 20 });
    insertCity(db);
    db.prepare(`INSERT INTO policy_domains (code, name, description, is_context, position) VALUES ('population', '{}', '{}', 1, 0)`).run();
    db.prepare(`INSERT INTO indicators (code, city, domain, unit, direction, dimensions, name, definition, position) VALUES ('POP_TOTAL', NULL, 'population', 'count', 'none', '[]', '{}', '{}', 0)`).run();
    const before = db.prepare('SELECT * FROM indicators').all();
    expect(migrate(db, { to: 30 })).toEqual([30]);
    expect(db.prepare('SELECT * FROM indicators').all()).toEqual(before);

    const source = db.prepare(`INSERT INTO sources (city, citation, kind) VALUES ('lyon', 'Census 2021', 'census')`).run().lastInsertRowid;
    const insert = db.prepare(`INSERT INTO observations (city, indicator, period, sex, value, source) VALUES ('lyon', 'POP_TOTAL', ?, ?, ?, ?)`);
    insert.run('2021', '', 522250, source);
    insert.run('2021', 'F', 271000, source);
    // One value per indicator, period and breakdown; blank means total.
    expect(() => insert.run('2021', '', 1, source)).toThrow(/UNIQUE/);
    // Codes outside the codelists and periods that do not parse are refused by the schema itself.
    expect(() => insert.run('2021', 'female', 1, source)).toThrow(/CHECK/);
    expect(() => insert.run('last year', '', 1, source)).toThrow(/CHECK/);
    // Removing a city removes its own space.
    db.prepare(`DELETE FROM cities WHERE code = 'lyon'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM observations').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM sources').get()).toEqual({ n: 0 });
  });

  it('0040 observation keys: keeps every observation, counts coverage, marks counts of people', () => {
    migrate(db, { to: 30 });
    insertCity(db);
    db.prepare(`INSERT INTO policy_domains (code, name, description, is_context, position) VALUES ('population', '{}', '{}', 1, 0)`).run();
    db.prepare(`INSERT INTO indicators (code, city, domain, unit, direction, dimensions, name, definition, position) VALUES ('POP_TOTAL', NULL, 'population', 'count', 'none', '["sex"]', '{}', '{}', 0)`).run();
    const source = db.prepare(`INSERT INTO sources (city, citation, kind) VALUES ('lyon', 'Census 2021', 'census')`).run().lastInsertRowid;
    const insert = db.prepare(`INSERT INTO observations (city, indicator, period, sex, value, source, note) VALUES ('lyon', 'POP_TOTAL', ?, ?, ?, ?, ?)`);
    insert.run('2021', '', 522250, source, 'total');
    insert.run('2021', 'F', 271000, source, '');
    insert.run('2021', 'M', 251250, source, '');
    insert.run('2022', '', 523000, source, '');
    const columns = 'city, indicator, period, sex, age, status, origin, area, value, is_estimate, is_provisional, is_confidential, source, note';
    const before = db.prepare(`SELECT ${columns} FROM observations ORDER BY period, sex`).all();

    expect(migrate(db, { to: 40 })).toEqual([40]);
    expect(db.prepare(`SELECT ${columns} FROM observations ORDER BY period, sex`).all()).toEqual(before);
    expect(db.prepare('SELECT period, shape, rows FROM observation_coverage ORDER BY period, shape').all()).toEqual([
      { period: '2021', shape: 0, rows: 1 },
      { period: '2021', shape: 1, rows: 2 },
      { period: '2022', shape: 0, rows: 1 },
    ]);
    expect(db.prepare('SELECT counts_people FROM indicators').get()).toEqual({ counts_people: 1 });
    // The key is still one value per indicator, period and breakdown.
    expect(() => insert.run('2021', '', 1, source, '')).toThrow(/UNIQUE|PRIMARY KEY/);
  });

  it('0050 profile narratives: keeps the observations, adds one text per city, section and language', () => {
    migrate(db, { to: 40 });
    insertCity(db);
    db.prepare(`INSERT INTO policy_domains (code, name, description, is_context, position) VALUES ('population', '{}', '{}', 1, 0)`).run();
    db.prepare(`INSERT INTO indicators (code, city, domain, unit, direction, dimensions, name, definition, position) VALUES ('POP_TOTAL', NULL, 'population', 'count', 'none', '[]', '{}', '{}', 0)`).run();
    db.prepare(`INSERT INTO profile_sections (code, parent, name, description, position) VALUES ('metadata', NULL, '{}', NULL, 0)`).run();
    const source = db.prepare(`INSERT INTO sources (city, citation, kind) VALUES ('lyon', 'Census 2021', 'census')`).run().lastInsertRowid;
    db.prepare(`INSERT INTO observations (city, indicator, period, value, source) VALUES ('lyon', 'POP_TOTAL', '2021', 522250, ?)`).run(source);
    const before = db.prepare('SELECT * FROM observations').all();

    expect(migrate(db, { to: 50 })).toEqual([50]);
    expect(db.prepare('SELECT * FROM observations').all()).toEqual(before);
    const insert = db.prepare(`INSERT INTO profile_narratives (city, section, locale, markdown, updated_at) VALUES ('lyon', ?, ?, ?, '2026-01-02T03:04:05.000Z')`);
    insert.run('metadata', 'fr', 'Population : {{POP_TOTAL 2021}}');
    insert.run('metadata', 'ar', 'السكان');
    // One text per section and language; only the interface languages; a known section; a bounded length.
    expect(() => insert.run('metadata', 'fr', 'again')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('metadata', 'de', 'Bevölkerung')).toThrow(/CHECK/);
    expect(() => insert.run('gossip', 'en', 'x')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('metadata', 'en', 'x'.repeat(50_001))).toThrow(/CHECK/);
    insert.run('metadata', 'en', 'x'.repeat(50_000));
    // The city's texts go with the city.
    db.prepare(`DELETE FROM cities WHERE code = 'lyon'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM profile_narratives').get()).toEqual({ n: 0 });
  });

  it('0060 travelling records: keeps every row, gives sources identities, parts own indicators from the catalogue', () => {
    migrate(db, { to: 50 });
    insertCity(db);
    db.prepare(`INSERT INTO policy_domains (code, name, description, is_context, position) VALUES ('population', '{}', '{}', 1, 0)`).run();
    db.prepare(`INSERT INTO indicators (code, city, domain, unit, direction, dimensions, name, definition, position) VALUES ('POP_TOTAL', NULL, 'population', 'count', 'none', '["sex"]', '{}', '{}', 0)`).run();
    db.prepare(`INSERT INTO indicators (code, city, domain, unit, direction, dimensions, name, definition, position) VALUES ('lyon.DESKS', 'lyon', 'population', 'count', 'none', '[]', '{"en":"Desks"}', '{}', 1)`).run();
    db.prepare(`INSERT INTO profile_sections (code, parent, name, description, position) VALUES ('metadata', NULL, '{}', NULL, 0)`).run();
    const source = db.prepare(`INSERT INTO sources (city, citation, kind) VALUES ('lyon', 'Census 2021', 'census')`).run().lastInsertRowid;
    const insert = db.prepare(`INSERT INTO observations (city, indicator, period, sex, value, source) VALUES ('lyon', ?, '2021', ?, ?, ?)`);
    insert.run('POP_TOTAL', '', 522250, source);
    insert.run('POP_TOTAL', 'F', 271000, source);
    insert.run('lyon.DESKS', '', 4, source);
    db.prepare(`INSERT INTO profile_narratives (city, section, locale, markdown, updated_at) VALUES ('lyon', 'metadata', 'fr', 'Texte', '2026-01-02T03:04:05.000Z')`).run();
    const columns = 'city, indicator, period, sex, age, status, origin, area, value, is_estimate, is_provisional, is_confidential, source, note';
    const before = db.prepare(`SELECT ${columns} FROM observations ORDER BY indicator, sex`).all();
    const coverage = db.prepare('SELECT * FROM observation_coverage ORDER BY indicator, shape').all();

    expect(migrate(db, { to: 60 })).toEqual([60]);
    expect(db.prepare(`SELECT ${columns} FROM observations ORDER BY indicator, sex`).all()).toEqual(before);
    expect(db.prepare('SELECT DISTINCT revision FROM observations').pluck().all()).toEqual([1]);
    expect(db.prepare('SELECT * FROM observation_coverage ORDER BY indicator, shape').all()).toEqual(coverage);
    expect(db.prepare('SELECT id, city, citation, revision, deleted FROM sources').all()).toEqual([{ id: Number(source), city: 'lyon', citation: 'Census 2021', revision: 1, deleted: 0 }]);
    expect(db.prepare('SELECT uid FROM sources').pluck().get()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(db.prepare('SELECT code FROM indicators').pluck().all()).toEqual(['POP_TOTAL']);
    expect(db.prepare('SELECT city, code, name FROM city_indicators').all()).toEqual([{ city: 'lyon', code: 'lyon.DESKS', name: '{"en":"Desks"}' }]);
    expect(db.prepare('SELECT scope, code FROM indicator_scope ORDER BY tier, code').all()).toEqual([
      { scope: 'lyon', code: 'POP_TOTAL' },
      { scope: 'lyon', code: 'lyon.DESKS' },
    ]);
    expect(db.prepare('SELECT markdown, revision, deleted, updated_at FROM profile_narratives').get()).toEqual({ markdown: 'Texte', revision: 1, deleted: 0, updated_at: Date.parse('2026-01-02T03:04:05.000Z') });
    // A figure links to a source of its own city only.
    db.prepare(`INSERT INTO cities (code, names, languages, public_key, fingerprint, key_created_at, created_at, updated_at) VALUES ('tunis', '{}', '[]', 'k', 'f', 'x', 'x', 'x')`).run();
    const add = db.prepare(`INSERT INTO observations (city, indicator, period, value, source, updated_at) VALUES (?, 'POP_TOTAL', '2022', 1, ?, 0)`);
    expect(() => add.run('tunis', source)).toThrow(/FOREIGN KEY/);
    add.run('lyon', source);
    // Codes are the validator's business, not literals in the table; the key still holds.
    expect(() => add.run('lyon', source)).toThrow(/UNIQUE|PRIMARY KEY/);
    // A city takes its whole space with it.
    db.prepare(`DELETE FROM cities WHERE code = 'lyon'`).run();
    for (const table of ['observations', 'sources', 'city_indicators', 'profile_narratives', 'observation_tombstones']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
  });

  it('0070 districts: every area the figures use becomes a district of its city, named by its code', () => {
    migrate(db, { to: 60 });
    insertCity(db);
    db.prepare(`INSERT INTO cities (code, names, languages, public_key, fingerprint, key_created_at, created_at, updated_at) VALUES ('tunis', '{}', '[]', 'k', 'f', 'x', 'x', 'x')`).run();
    const source = (city: string) => db.prepare(`INSERT INTO sources (city, uid, citation, kind, updated_at) VALUES (?, ?, 'Census', 'census', 0) RETURNING id`).pluck().get(city, `uid-of-${city}`);
    const lyon = source('lyon');
    const tunis = source('tunis');
    const insert = db.prepare(`INSERT INTO observations (city, indicator, period, area, value, source, updated_at) VALUES (?, 'POP_TOTAL', ?, ?, ?, ?, 0)`);
    insert.run('lyon', '2021', '', 522250, lyon);
    insert.run('lyon', '2021', 'Lyon 3e', 100, lyon);
    insert.run('lyon', '2022', 'Lyon 3e', 110, lyon);
    insert.run('lyon', '2021', 'Croix-Rousse', 90, lyon);
    insert.run('tunis', '2021', 'المدينة', 7, tunis);
    const before = db.prepare('SELECT * FROM observations ORDER BY city, period, area').all();

    expect(migrate(db, { to: 70 })).toEqual([70]);
    expect(db.prepare('SELECT * FROM observations ORDER BY city, period, area').all()).toEqual(before);
    expect(db.prepare('SELECT city, code, name, position, revision, deleted FROM districts ORDER BY city, position').all()).toEqual([
      { city: 'lyon', code: 'Croix-Rousse', name: '{"en":"Croix-Rousse","fr":"Croix-Rousse","ar":"Croix-Rousse"}', position: 1, revision: 1, deleted: 0 },
      { city: 'lyon', code: 'Lyon 3e', name: '{"en":"Lyon 3e","fr":"Lyon 3e","ar":"Lyon 3e"}', position: 2, revision: 1, deleted: 0 },
      { city: 'tunis', code: 'المدينة', name: '{"en":"المدينة","fr":"المدينة","ar":"المدينة"}', position: 1, revision: 1, deleted: 0 },
    ]);
    expect(db.prepare('SELECT DISTINCT updated_at > 0 FROM districts').pluck().all()).toEqual([1]);
    // One district per code and city; a city takes its districts with it.
    expect(() => db.prepare(`INSERT INTO districts (city, code, name, position, updated_at) VALUES ('lyon', 'Lyon 3e', '{}', 9, 0)`).run()).toThrow(/UNIQUE|PRIMARY KEY/);
    db.prepare(`DELETE FROM cities WHERE code = 'lyon'`).run();
    expect(db.prepare('SELECT DISTINCT city FROM districts').pluck().all()).toEqual(['tunis']);
  });

  it('0080 mapping templates: keeps the districts, adds named mappings per city', () => {
    migrate(db, { to: 70 });
    insertCity(db);
    db.prepare(`INSERT INTO districts (city, code, name, position, updated_at) VALUES ('lyon', 'L3', '{}', 1, 0)`).run();
    expect(migrate(db, { to: 80 })).toEqual([80]);
    expect(db.prepare('SELECT code FROM districts').pluck().all()).toEqual(['L3']);
    db.prepare(`INSERT INTO mapping_templates (city, name, mapping, updated_at) VALUES ('lyon', 'UN DESA', '{}', 0)`).run();
    expect(() => db.prepare(`INSERT INTO mapping_templates (city, name, mapping, updated_at) VALUES ('lyon', ' ', '{}', 0)`).run()).toThrow(/CHECK/);
    db.prepare(`DELETE FROM cities WHERE code = 'lyon'`).run();
    expect(db.prepare('SELECT count(*) FROM mapping_templates').pluck().get()).toBe(0);
  });

  it('0090 source titles: keeps every source at its revision, with no title in any language', () => {
    migrate(db, { to: 80 });
    insertCity(db);
    db.prepare(`INSERT INTO sources (city, uid, citation, publisher, year, kind, revision, updated_at) VALUES ('lyon', 'a1b2c3d4-0000-4000-8000-000000000001', 'Census 2021', 'INSEE', 2022, 'census', 3, 1000)`).run();
    const kept = 'id, city, uid, citation, publisher, year, kind, revision, updated_at, deleted';
    const before = db.prepare(`SELECT ${kept} FROM sources`).all();

    expect(migrate(db, { to: 90 })).toEqual([90]);
    expect(db.prepare(`SELECT ${kept} FROM sources`).all()).toEqual(before);
    expect(db.prepare('SELECT title_en, title_fr, title_ar FROM sources').get()).toEqual({ title_en: '', title_fr: '', title_ar: '' });
    // A title is text of a reasonable length, and never missing.
    const setTitle = db.prepare('UPDATE sources SET title_ar = ?');
    setTitle.run('التعداد العام 2021');
    expect(() => setTitle.run('x'.repeat(501))).toThrow(/CHECK/);
    expect(() => setTitle.run(null)).toThrow(/NOT NULL/);
  });

  it('0110 priority paper: keeps the commitments, adds one paper per city and its named versions', () => {
    migrate(db, { to: 100 });
    insertCity(db);
    db.prepare(`INSERT INTO commitments (city, uid, original, status, updated_at) VALUES ('lyon', 'c0ffee00-1111-4222-8333-444455556666', 'fr', 'planned', 1000)`).run();
    const before = db.prepare('SELECT * FROM commitments').all();
    expect(migrate(db, { to: 110 })).toEqual([110]);
    expect(db.prepare('SELECT * FROM commitments').all()).toEqual(before);
    db.prepare(`INSERT INTO priority_papers (city, content, updated_at) VALUES ('lyon', '{}', 1000)`).run();
    expect(() => db.prepare(`INSERT INTO priority_papers (city, content, updated_at) VALUES ('lyon', '{}', 1000)`).run()).toThrow(/UNIQUE/);
    const version = db.prepare(`INSERT INTO paper_versions (city, uid, name, content, saved_at, updated_at) VALUES ('lyon', ?, ?, '{}', 1000, 1000)`);
    version.run('c0ffee00-2222-4222-8333-444455556666', 'Draft');
    // Names are unique among the live versions only.
    expect(() => version.run('c0ffee00-2222-4222-8333-444455556667', 'Draft')).toThrow(/UNIQUE/);
    db.prepare("UPDATE paper_versions SET deleted = 1 WHERE name = 'Draft'").run();
    version.run('c0ffee00-2222-4222-8333-444455556667', 'Draft');
    expect(() => db.prepare(`INSERT INTO priority_papers (city, content, updated_at) VALUES ('nowhere', '{}', 1)`).run()).toThrow(/FOREIGN KEY/);
  });

  it('0120 activities: keeps the commitments, adds activities per city with their lists as JSON', () => {
    migrate(db, { to: 110 });
    insertCity(db);
    db.prepare(`INSERT INTO commitments (city, uid, original, status, updated_at) VALUES ('lyon', 'c0ffee00-1111-4222-8333-444455556666', 'fr', 'planned', 1000)`).run();
    const before = db.prepare('SELECT * FROM commitments').all();
    expect(migrate(db, { to: 120 })).toEqual([120]);
    expect(db.prepare('SELECT * FROM commitments').all()).toEqual(before);
    const insert = db.prepare(`INSERT INTO activities (city, uid, kind, title, language, date, participants, updated_at) VALUES ('lyon', ?, ?, 'Visite', 'fr', '2026-03-10', ?, 1000)`);
    insert.run('ac71a17e-1111-4222-8333-444455556666', 'study_visit', '[]');
    expect(db.prepare('SELECT revision, deleted, cities, follow_ups FROM activities').get()).toEqual({ revision: 1, deleted: 0, cities: '[]', follow_ups: '[]' });
    expect(() => insert.run('ac71a17e-1111-4222-8333-444455556667', 'party', '[]')).toThrow(/CHECK/);
    expect(() => insert.run('ac71a17e-1111-4222-8333-444455556668', 'meeting', 'not json')).toThrow(/CHECK/);
  });

  it('0130 assessments: keeps the activities, adds self-assessments per city with their scores as JSON', () => {
    migrate(db, { to: 120 });
    insertCity(db);
    db.prepare(`INSERT INTO activities (city, uid, kind, title, language, date, updated_at) VALUES ('lyon', 'ac71a17e-1111-4222-8333-444455556666', 'meeting', 'Réunion', 'fr', '2026-03-10', 1000)`).run();
    const before = db.prepare('SELECT * FROM activities').all();
    expect(migrate(db, { to: 130 })).toEqual([130]);
    expect(db.prepare('SELECT * FROM activities').all()).toEqual(before);
    const insert = db.prepare(`INSERT INTO assessments (city, uid, framework, date, title, scores, updated_at) VALUES ('lyon', ?, 'oecd', '2026-02-01', 'Grille', ?, 1000)`);
    insert.run('a55e55ed-1111-4222-8333-444455556666', '[]');
    expect(db.prepare('SELECT revision, deleted FROM assessments').get()).toEqual({ revision: 1, deleted: 0 });
    expect(() => insert.run('a55e55ed-1111-4222-8333-444455556667', 'not json')).toThrow(/CHECK/);
  });

  it('0150 advice: keeps the exchange log, adds advice, replies, requests and learning records, each in its city’s space', () => {
    migrate(db, { to: 140 });
    insertCity(db);
    db.prepare(`INSERT INTO sent_bundles (bundle_id, sequence, recipients, as_of, created_at, file_name) VALUES ('0f7e80a6-7292-44cd-b012-078264f3f82c', 1, 'network', 1, '2026-01-01', 'f.focal')`).run();
    const before = db.prepare('SELECT * FROM sent_bundles').all();
    expect(migrate(db, { to: 150 })).toEqual([150]);
    expect(db.prepare('SELECT * FROM sent_bundles').all()).toEqual(before);
    const insert = db.prepare(
      `INSERT INTO advice (city, uid, to_city, item_kind, item_id, item_version, item_text, kind, original, texts, author, updated_at) VALUES ('lyon', ?, 'tunis', ?, 'context', 'v', '', 'risk', 'fr', '{}', 'Claire', 1000)`,
    );
    insert.run('ad71ce00-1111-4222-8333-444455556666', 'paper_section');
    expect(db.prepare('SELECT revision, deleted, ready, sent_at, domains FROM advice').get()).toEqual({ revision: 1, deleted: 0, ready: 0, sent_at: null, domains: '[]' });
    expect(() => insert.run('ad71ce00-1111-4222-8333-444455556667', 'pilot')).toThrow(/CHECK/);
    db.prepare(`INSERT INTO advice_outcomes (city, advice_city, advice_uid, original, texts, updated_at) VALUES ('lyon', 'tunis', 'x', 'fr', '{}', 1)`).run();
    db.prepare(`DELETE FROM cities WHERE code = 'lyon'`).run();
    expect(db.prepare('SELECT count(*) FROM advice').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM advice_outcomes').pluck().get()).toBe(0);
  });

  it('apply all pending steps in one transaction: a failing step leaves the old version', () => {
    migrate(db, { to: 10 });
    insertCity(db);
    const failing: Migration = {
      version: 990,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('disk said no');
      },
    };
    expect(() => migrate(db, { steps: [...migrations, failing] })).toThrow('disk said no');
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name IN ('half_done', 'indicators', 'observations')").get()).toEqual({ n: 0 });
  });

  it('take a backup of the old file before migrating it', async () => {
    db.close();
    const paths = dataPaths(folder.dir);
    mkdirSync(paths.storeDir, { recursive: true });
    const old = new Database(paths.database);
    configureConnection(old);
    migrate(old, { to: 10 });
    insertCity(old);
    old.close();

    const t = openTestCore(folder.dir);
    expect(schemaVersion(t.core.store.db)).toBe(latestSchemaVersion);
    expect((await t.call('app.status', {})).city?.code).toBe('lyon');
    t.close();

    const [backup] = listBackups(paths.backupsDir);
    expect(backup?.reason).toBe('before-migration');
    const copy = new Database(backup?.file ?? '', { readonly: true });
    expect(schemaVersion(copy)).toBe(10);
    expect(copy.prepare('SELECT code FROM cities').all()).toEqual([{ code: 'lyon' }]);
    copy.close();
  });

  it('take no backup of a brand-new empty file', () => {
    openTestCore(folder.dir).close();
    expect(listBackups(dataPaths(folder.dir).backupsDir)).toEqual([]);
  });
});
