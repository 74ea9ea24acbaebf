import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../electron/core/store/migrations/index';
import { openTestCore, repoRoot, tempDir } from '../support/temp-core';

/**
 * A data folder made by release 0.1.0 (test/unit/fixtures/data-folder-0.1.0: the sample city, a custom
 * indicator, an import) opens in today's Focal with nothing lost: every figure with its source, every
 * source, the city's own indicator, every text; identities given, a backup taken first.
 */
const fixture = join(repoRoot, 'test', 'unit', 'fixtures', 'data-folder-0.1.0');

function readAll(file: string, sql: string): unknown[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

const figures = `SELECT o.city, o.indicator, o.period, o.sex, o.age, o.status, o.origin, o.area, o.value, o.is_estimate, o.is_provisional,
                        o.is_confidential, o.note, s.citation, s.publisher, s.year, s.kind
                   FROM observations o JOIN sources s ON s.id = o.source ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`;
const sources = 'SELECT city, citation, publisher, year, kind FROM sources ORDER BY city, citation';
const texts = 'SELECT city, section, locale, markdown FROM profile_narratives ORDER BY 1, 2, 3';

describe('a data folder made by release 0.1.0', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir();
    cpSync(fixture, folder.dir, { recursive: true });
  });
  afterEach(() => folder.remove());

  it('upgrades to the current schema without losing a figure, a source, an indicator or a text', async () => {
    const file = join(folder.dir, 'store', 'focal.sqlite');
    const before = {
      figures: readAll(file, figures),
      sources: readAll(file, sources),
      texts: readAll(file, texts),
      savedAt: readAll(file, 'SELECT updated_at FROM profile_narratives ORDER BY city, section, locale').map((row) => (typeof row === 'object' && row !== null && 'updated_at' in row ? row.updated_at : null)),
    };
    expect(before.figures).toHaveLength(689);
    expect(before.sources).toHaveLength(16);
    expect(before.texts).toHaveLength(27);

    const t = openTestCore(folder.dir);
    try {
      const db = t.core.store.db;
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(db.prepare(figures).all()).toEqual(before.figures);
      expect(db.prepare(sources).all()).toEqual(before.sources);
      expect(db.prepare(texts).all()).toEqual(before.texts);
      // Identities: every source a distinct random uid, every record at revision 1 with a time.
      const uids = db.prepare('SELECT uid FROM sources').pluck().all();
      expect(new Set(uids).size).toBe(16);
      for (const uid of uids) expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(db.prepare('SELECT DISTINCT revision FROM observations').pluck().all()).toEqual([1]);
      expect(db.prepare('SELECT count(*) FROM observations WHERE updated_at < 1700000000000').pluck().get()).toBe(0);
      // The narrative keeps the time it was last saved, now in milliseconds.
      expect(db.prepare('SELECT updated_at FROM profile_narratives ORDER BY city, section, locale').pluck().all()).toEqual(before.savedAt.map((iso) => Date.parse(String(iso))));
      // The city's own indicator moved to its space, with its figures still readable through the API.
      expect(db.prepare('SELECT city, code, unit FROM city_indicators').all()).toEqual([{ city: 'sample-city', code: 'sample-city.LOCAL_DESKS', unit: 'count' }]);
      expect(db.prepare("SELECT count(*) FROM indicators WHERE code LIKE '%.%'").pluck().get()).toBe(0);
      const own = await t.call('catalogue.indicators', { text: 'welcome desks' });
      expect(own.map((i) => i.code)).toContain('sample-city.LOCAL_DESKS');
      const page = await t.call('observations.page', { filter: { indicators: ['sample-city.LOCAL_DESKS'] } });
      expect(page.rows.map((r) => [r.period, r.area, r.value, r.source.citation])).toEqual([
        ['2023', '', 3, 'Municipal desk register 2024'],
        ['2024', '', 4, 'Municipal desk register 2024'],
        ['2024', 'Medina', 2, 'Municipal desk register 2024'],
      ]);
      expect((await t.call('profile.keyFigures', {})).length).toBeGreaterThan(20);
      expect((await t.call('narrative.list', {})).length).toBe(27);
      // A backup of the old file was taken before the upgrade.
      const backups = readdirSync(join(folder.dir, 'backups'));
      expect(backups.some((name) => name.includes('before-migration'))).toBe(true);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      t.close();
    }
  });
});
