import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import { freshCoreForEachTest, tunisSetup } from '../support/temp-core';

describe("a city's own indicators", () => {
  const current = freshCoreForEachTest();

  it('get a namespaced code, names in every language, and show in the catalogue', async () => {
    const { t } = current;
    await t.call('city.setup', tunisSetup);
    const saved = await t.call('indicators.saveCustom', { code: 'LOCAL_DESKS', domain: 'governance', unit: 'count', dimensions: ['area'], name: { fr: 'Guichets d’accueil de quartier' } });
    expect(saved).toMatchObject({ code: 'tunis.LOCAL_DESKS', domain: 'governance', unit: 'count', dimensions: ['area'] });
    // A name in one language stands in for the others until translated.
    expect(saved.name).toEqual({ en: 'Guichets d’accueil de quartier', fr: 'Guichets d’accueil de quartier', ar: 'Guichets d’accueil de quartier' });
    const all = await t.call('catalogue.indicators', {});
    expect(all.map((i) => i.code)).toContain('tunis.LOCAL_DESKS');

    const renamed = await t.call('indicators.saveCustom', { code: 'LOCAL_DESKS', domain: 'governance', unit: 'count', dimensions: ['area', 'sex'], name: { en: 'Neighbourhood welcome desks', fr: 'Guichets d’accueil de quartier' } });
    expect(renamed.name.en).toBe('Neighbourhood welcome desks');
    expect(renamed.dimensions).toEqual(['area', 'sex']);
    expect((await t.call('catalogue.indicators', {})).filter((i) => i.code === 'tunis.LOCAL_DESKS')).toHaveLength(1);
  });

  it('are not counted as part of the built-in catalogue', async () => {
    const { t } = current;
    await t.call('city.setup', tunisSetup);
    const count = async () => Object.values((await t.call('catalogue.overview', {})).indicatorsByDomain).reduce((n, c) => n + c, 0);
    const builtIn = await count();
    expect(builtIn).toBe((await t.call('catalogue.indicators', {})).length);
    await t.call('indicators.saveCustom', { code: 'LOCAL_DESKS', domain: 'governance', unit: 'count', dimensions: ['area'], name: { en: 'Neighbourhood welcome desks' } });
    expect(await count()).toBe(builtIn);
    expect((await t.call('catalogue.overview', {})).indicatorsByDomain.governance).toBe((await t.call('catalogue.indicators', { domain: 'governance' })).length - 1);
  });

  it('take figures by code or by name, with only their own breakdowns, and cannot be deleted while used', async () => {
    const { t, dir } = current;
    await t.call('city.setup', tunisSetup);
    await t.call('districts.save', { code: 'Medina', name: { en: 'Medina', fr: 'Médina', ar: 'المدينة العتيقة' } });
    await t.call('indicators.saveCustom', { code: 'LOCAL_DESKS', domain: 'governance', unit: 'count', dimensions: ['area'], name: { en: 'Neighbourhood welcome desks' } });
    const file = join(dir, 'desks.csv');
    writeFileSync(file, 'indicator,period,area,value,source\ntunis.LOCAL_DESKS,2024,Medina,3,Municipal records\nNeighbourhood welcome desks,2024,,7,Municipal records\n');
    const preview = await t.call('imports.preview', { file: t.core.registerImportFile(file), sheet: null });
    const job = await t.call('imports.start', { file: preview.file, mapping: preview.mapping, dryRun: false });
    expect(job.summary).toMatchObject({ created: 2, errorCount: 0, applied: true });

    const refused = await t.client.call('indicators.deleteCustom', { code: 'tunis.LOCAL_DESKS' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const page = await t.call('observations.page', { filter: { indicators: ['tunis.LOCAL_DESKS'] } });
    expect(page.total).toBe(2);
    await t.call('observations.delete', { keys: page.rows.map(({ indicator, period, sex, age, status, origin, area }) => ({ indicator, period, sex, age, status, origin, area })) });
    expect(await t.call('indicators.deleteCustom', { code: 'tunis.LOCAL_DESKS' })).toEqual({ deleted: 'tunis.LOCAL_DESKS' });
  });

  it('refuse bad codes, unknown domains, nameless indicators and catalogue indicators', async () => {
    const { t } = current;
    await t.call('city.setup', tunisSetup);
    const bad = await t.client.call('indicators.saveCustom', { code: 'local desks', domain: 'governance', unit: 'count', name: { en: 'x' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'code' }] } });
    const nameless = await t.client.call('indicators.saveCustom', { code: 'DESKS', domain: 'governance', unit: 'count', name: {} });
    expect(nameless).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'name' }] } });
    const hidden = await t.client.call('indicators.saveCustom', { code: 'DESKS', domain: 'governance', unit: 'count', name: { en: 'Desks\u202e' } });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'name.en', message: expect.stringContaining('control character') }] } });
    const domain = await t.client.call('indicators.saveCustom', { code: 'DESKS', domain: 'nowhere', unit: 'count', name: { en: 'Desks' } });
    expect(domain).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'domain' }] } });
    const catalogueOne = await t.client.call('indicators.deleteCustom', { code: 'POP_TOTAL' });
    expect(catalogueOne).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await t.call('catalogue.indicators', {})).filter((i) => i.code.includes('.'))).toEqual([]);
  });
});

describe("a city's own indicators under existing figures", () => {
  const current = freshCoreForEachTest();

  it('keep their unit and the breakdowns their figures use, and leave with the sample city', async () => {
    const { t } = current;
    await t.call('city.createSample', {});
    const desks: MethodInput<'indicators.saveCustom'> = { code: 'LOCAL_DESKS', domain: 'governance', unit: 'count', dimensions: ['area'], name: { en: 'Neighbourhood welcome desks' } };
    const saved = await t.call('indicators.saveCustom', desks);
    await t.call('observations.save', { original: null, draft: { indicator: saved.code, period: '2024', area: 'Medina', value: '3', source: 'Municipal records' } });
    const unit = await t.client.call('indicators.saveCustom', { ...desks, unit: 'percent' });
    expect(unit).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const dropped = await t.client.call('indicators.saveCustom', { ...desks, dimensions: [] });
    expect(dropped).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // Renaming and adding a breakdown are fine.
    expect(await t.call('indicators.saveCustom', { ...desks, dimensions: ['area', 'sex'], name: { en: 'Welcome desks' } })).toMatchObject({ name: { en: 'Welcome desks' } });
    // The sample city goes, its own indicators and figures with it.
    await t.call('city.leaveSample', {});
    expect((await t.call('catalogue.indicators', {})).filter((i) => i.code.includes('.'))).toEqual([]);
  });
});
