import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogueFiles } from '../../electron/core/catalogue/catalogue-files';
import { openTestCore, resourcesDir, tempDir, type TestCore } from '../support/temp-core';

describe('the built-in catalogue', () => {
  let folder: ReturnType<typeof tempDir>;
  let t: TestCore;
  beforeAll(() => {
    folder = tempDir();
    t = openTestCore(folder.dir);
  });
  afterAll(() => {
    t.close();
    folder.remove();
  });

  it('ships valid, cross-referenced files in English, French and Arabic', () => {
    const files = readCatalogueFiles(resourcesDir);
    expect(files.domains.map((d) => d.code)).toEqual(['population', 'housing', 'health', 'education', 'employment', 'participation', 'governance']);
    expect(files.indicators.length).toBeGreaterThanOrEqual(28);
    for (const domain of files.domains) expect(files.indicators.filter((i) => i.domain === domain.code).length).toBeGreaterThanOrEqual(3);
    const frameworks = Object.fromEntries(files.frameworks.map((f) => [f.code, f]));
    expect(frameworks.lmgi?.groups).toHaveLength(6);
    expect(frameworks.oecd?.items).toHaveLength(12);
    expect(frameworks.ici?.items).toHaveLength(14);
    expect(frameworks.pilot?.items.map((i) => i.code)).toEqual(['pilot.A', 'pilot.B', 'pilot.C', 'pilot.D']);
    expect(frameworks.sdg?.items.map((i) => i.code)).toEqual(['sdg.5.1', 'sdg.10.2', 'sdg.10.7', 'sdg.11.1', 'sdg.16.6', 'sdg.16.7', 'sdg.17.9', 'sdg.17.18']);
    expect(frameworks.mlg?.groups).toHaveLength(2);
    expect(files.codelists.find((c) => c.code === 'status')?.values.map((v) => v.code)).toEqual(['NAT', 'MIG', 'REG', 'IRR', 'ASY', 'REF', 'STL', 'IDP', 'RET']);
    expect(files.targetGroups.filter((g) => g.focus).map((g) => g.dimension?.value).sort()).toEqual(['ASY', 'F', 'REF', 'Y15T24']);
  });

  it('is loaded into the store with its version', async () => {
    const files = readCatalogueFiles(resourcesDir);
    const overview = await t.call('catalogue.overview', {});
    expect(overview.version).toBe(files.manifest.version);
    expect(overview.domains).toEqual(files.domains);
    expect(overview.frameworks).toEqual(files.frameworks);
    expect(overview.codelists).toEqual(files.codelists);
    expect(overview.profileSections).toEqual(files.profileSections);
    expect(overview.countries).toEqual([...files.countries].sort());
    const all = await t.call('catalogue.indicators', {});
    expect([...all].sort((a, b) => a.code.localeCompare(b.code))).toEqual(
      files.indicators.map((i) => ({ ...i, frameworks: [...new Set(i.frameworks)].sort() })).sort((a, b) => a.code.localeCompare(b.code)),
    );
  });

  it('is not reloaded when the store already holds this version', () => {
    const before = t.core.store.db.prepare('SELECT total_changes() AS n').get();
    t.close();
    t = openTestCore(folder.dir);
    expect(t.core.store.db.prepare('SELECT total_changes() AS n').get()).toEqual({ n: 0 });
    expect(before).toBeDefined();
  });

  it('names each framework’s publisher in three languages, also in a data folder that held catalogue 3 (publisher in English only)', async () => {
    const db = t.core.store.db;
    db.prepare("UPDATE frameworks SET publisher = 'Organisation for Economic Co-operation and Development (OECD)' WHERE code = 'oecd'").run();
    db.prepare("UPDATE settings SET value = '3' WHERE key = 'catalogue.version'").run();
    t.close();
    t = openTestCore(folder.dir);
    const oecd = (await t.call('catalogue.overview', {})).frameworks.find((f) => f.code === 'oecd');
    expect(oecd?.publisher).toEqual({
      en: 'Organisation for Economic Co-operation and Development (OECD)',
      fr: 'Organisation de coopération et de développement économiques (OCDE)',
      ar: 'منظمة التعاون الاقتصادي والتنمية',
    });
  });

  it('finds indicators by words in any language, ignoring case, accents and Arabic letter variants', async () => {
    const codes = async (text: string) => (await t.call('catalogue.indicators', { text })).map((i) => i.code);
    const refugees = await codes('refugees');
    expect(refugees).toContain('REF_ASY_REGISTERED');
    // Accents and case do not matter: "REFUGIES" finds what "réfugiés" finds.
    expect(await codes('REFUGIES')).toEqual(await codes('réfugiés'));
    expect(await codes('réfugiés')).toContain('REF_ASY_REGISTERED');
    // Arabic: diacritics (shadda in المسجَّلون) and hamza forms (الأجانب typed as الاجانب) are folded.
    expect(await codes('اللاجئون المسجلون')).toContain('REF_ASY_REGISTERED');
    const foreigners = await codes('الأجانب');
    expect(foreigners).toContain('MIG_FOREIGN_RES');
    expect(await codes('الاجانب')).toEqual(foreigners);
    // Every word must match: adding an unrelated word narrows the result.
    expect(await codes('refugees housing')).not.toContain('REF_ASY_REGISTERED');
    // The code itself is searchable.
    expect(await codes('gov_strategy')).toEqual(['GOV_STRATEGY']);
    expect(await codes('xyzzy no such thing')).toEqual([]);
  });

  it('filters by domain and by framework or framework item', async () => {
    const health = await t.call('catalogue.indicators', { domain: 'health' });
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((i) => i.domain === 'health')).toBe(true);
    const sdg = await t.call('catalogue.indicators', { framework: 'sdg' });
    expect(sdg.every((i) => i.frameworks.some((f) => f.startsWith('sdg.')))).toBe(true);
    const item = sdg[0]?.frameworks.find((f) => f.startsWith('sdg.')) ?? '';
    const byItem = await t.call('catalogue.indicators', { framework: item });
    expect(byItem.every((i) => i.frameworks.includes(item))).toBe(true);
    const both = await t.call('catalogue.indicators', { domain: 'health', framework: 'sdg', text: 'migrants' });
    expect(both.every((i) => i.domain === 'health' && i.frameworks.some((f) => f.startsWith('sdg.')))).toBe(true);
  });
});

describe('catalogue search ranking', () => {
  it('puts indicators whose name matches before those matched only by their definition', async () => {
    const folder = tempDir();
    const t = openTestCore(folder.dir);
    const found = await t.call('catalogue.indicators', { text: 'refugees' });
    const [first] = found;
    expect(first?.code).toBe('REF_ASY_REGISTERED');
    const definitionOnly = found.filter((i) => !/refugee/i.test(i.name.en));
    expect(definitionOnly.length).toBeGreaterThan(0);
    const lastNameMatch = found.findLastIndex((i) => /refugee/i.test(i.name.en));
    expect(found.findIndex((i) => i.code === definitionOnly[0]?.code)).toBeGreaterThan(lastNameMatch);
    t.close();
    folder.remove();
  });
});
