import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportJob } from '../../shared/domain/observation-import';
import { addPeerCity } from '../support/peer-city';
import { freshCoreForEachTest, tunisSetup, type TestCore } from '../support/temp-core';

/**
 * Districts (the `area` breakdown) are a list the city defines: a figure may only name one of them,
 * by code or by a name in any language, at every write door; the list itself follows the data model.
 */

const header = 'indicator,period,sex,age,status,origin,area,value,source,note,flags';
const medina = { code: 'MEDINA', name: { en: 'Medina', fr: 'Médina', ar: 'المدينة العتيقة' } };
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function importFile(t: TestCore, dir: string, text: string, dryRun = true): Promise<ImportJob> {
  const path = join(dir, `file-${Math.random().toString(16).slice(2)}.csv`);
  writeFileSync(path, text);
  const file = t.core.registerImportFile(path);
  const preview = await t.call('imports.preview', { file, sheet: null });
  let job = await t.call('imports.start', { file, mapping: preview.mapping, dryRun });
  while (job.state === 'running') {
    await sleep(5);
    job = await t.call('imports.job', { job: job.job });
  }
  return job;
}

describe('districts', () => {
  const current = freshCoreForEachTest();

  it('are added, renamed and removed by the own city, with revisions and a tombstone', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    expect(await t.call('districts.list', {})).toEqual([]);
    const added = await t.call('districts.save', { code: 'LAFAYETTE', name: { en: 'Lafayette', fr: '', ar: '' } });
    expect(added).toMatchObject({ city: 'tunis', code: 'LAFAYETTE', name: { en: 'Lafayette', fr: 'Lafayette', ar: 'Lafayette' }, revision: 1 });
    // The same names again change nothing; a new name raises the revision.
    expect((await t.call('districts.save', { code: 'LAFAYETTE', name: { en: 'Lafayette', fr: '', ar: '' } })).revision).toBe(1);
    const renamed = await t.call('districts.save', { code: 'LAFAYETTE', name: { en: 'Lafayette', fr: 'Lafayette', ar: 'لافايات' } });
    expect(renamed).toMatchObject({ revision: 2, name: { ar: 'لافايات' } });
    await t.call('districts.save', medina);
    expect((await t.call('districts.list', {})).map((d) => d.code)).toEqual(['LAFAYETTE', 'MEDINA']);

    await t.call('districts.delete', { code: 'LAFAYETTE' });
    expect((await t.call('districts.list', {})).map((d) => d.code)).toEqual(['MEDINA']);
    const tombstone = t.core.store.db.prepare("SELECT revision, deleted FROM districts WHERE code = 'LAFAYETTE'").get();
    expect(tombstone).toEqual({ revision: 3, deleted: 1 });
    // Added again under the same code: it continues from the tombstone's revision.
    expect((await t.call('districts.save', { code: 'LAFAYETTE', name: { en: 'Lafayette', fr: '', ar: '' } })).revision).toBe(4);
  });

  it('refuse a code or name that another district or the word "total" already means, and leave the list as it was', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    await t.call('districts.save', medina);
    const before = await t.call('districts.list', {});
    // "medina" folds to the same label as "Médina": a file could not tell them apart.
    const clash = await t.core.dispatch('districts.save', { code: 'MED2', name: { en: 'medina', fr: '', ar: '' } });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'name.en', problem: { code: 'district_taken', params: { district: 'MEDINA' } } }] } });
    const total = await t.core.dispatch('districts.save', { code: 'Total', name: { en: '', fr: '', ar: '' } });
    expect(total).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const control = await t.core.dispatch('districts.save', { code: 'A\u202eB', name: { en: 'x', fr: '', ar: '' } });
    expect(control).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await t.call('districts.list', {})).toEqual(before);
  });

  it('cannot be removed while figures are given for them', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    await t.call('districts.save', medina);
    await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2024', area: 'Médina', value: '1200', source: 'Census' } });
    const refused = await t.core.dispatch('districts.delete', { code: 'MEDINA' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await t.call('districts.list', {})).map((d) => d.code)).toEqual(['MEDINA']);
  });

  it('are the only districts a figure may name: in a file (with its line), a typed figure and a cell', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    await t.call('districts.save', medina);
    const job = await importFile(
      t,
      current.dir,
      [header, 'POP_TOTAL,2024,,,,,MEDINA,1000,Census,,', 'POP_TOTAL,2024,,,,,المدينة العتيقة,1000,Census,,', 'POP_TOTAL,2023,,,,,medina,900,Census,,', 'POP_TOTAL,2023,,,,,Tunisia,5,Census,,'].join('\n'),
    );
    // The code, the Arabic name and a folded spelling all name MEDINA: line 3 repeats line 2.
    expect(job.summary?.errors.map((e) => [e.row, e.code, e.params.value ?? e.params.first])).toEqual([
      [3, 'duplicate_row', 2],
      [5, 'unknown_district', 'Tunisia'],
    ]);
    expect(job.summary?.errors[1]?.column).toBe('area');

    const typed = await t.core.dispatch('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2024', area: 'Belvédère', value: '5', source: 'Census' } });
    expect(typed).toMatchObject({ ok: false, error: { issues: [{ path: 'area', problem: { code: 'unknown_district', params: { value: 'Belvédère' } } }] } });
    const saved = await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2024', area: 'Médina', value: '1200', source: 'Census' } });
    expect(saved.row.area).toBe('MEDINA');
    const key = { indicator: 'POP_TOTAL', period: '2024', sex: '', age: '', status: '', origin: '', area: 'MEDINA' };
    const cell = await t.core.dispatch('observations.save', { original: key, draft: { indicator: 'POP_TOTAL', period: '2024', area: 'Nowhere', value: '1200', source: 'Census' } });
    expect(cell).toMatchObject({ ok: false, error: { issues: [{ path: 'area', problem: { code: 'unknown_district' } }] } });
  });

  it('are the own city\'s: a peer\'s list is read with its city and never changed', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    addPeerCity(t.core.store.db);
    expect((await t.call('districts.list', { city: 'lyon' })).map((d) => d.code)).toEqual(['LYON_1']);
    expect(await t.call('districts.list', {})).toEqual([]);
    expect((await t.core.dispatch('districts.delete', { code: 'LYON_1' })).ok).toBe(false);
    await t.call('districts.save', { code: 'LYON_1', name: { en: 'Mine', fr: '', ar: '' } });
    expect(t.core.store.db.prepare("SELECT name, revision FROM districts WHERE city = 'lyon'").get()).toEqual({ name: '{"en":"1st","fr":"1er","ar":"الأول"}', revision: 2 });
  });

  it('come with the sample city, whose figures by district import', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const districts = await t.call('districts.list', {});
    expect(districts.map((d) => d.code)).toEqual(['MEDINA', 'BAB_BHAR', 'EL_OMRANE', 'LA_MARSA', 'SIDI_HASSINE']);
    expect(districts[0]?.name).toEqual({ en: 'Medina', fr: 'Médina', ar: 'المدينة العتيقة' });
    const page = await t.call('observations.page', { filter: { indicators: ['POP_TOTAL'], breakdown: { area: ['MEDINA', 'SIDI_HASSINE'] } } });
    expect(page.rows.map((r) => r.area).sort()).toEqual(['MEDINA', 'SIDI_HASSINE']);
  });
});
