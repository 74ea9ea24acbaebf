import { describe, expect, it } from 'vitest';
import { freshCoreForEachTest, tunisSetup } from '../support/temp-core';

/** A mapping saved under a name reads the next file of the same shape the same way. */
describe('saved mappings', () => {
  const current = freshCoreForEachTest();

  it('are saved, listed by name, replaced under the same name and deleted', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    expect(await t.call('imports.templates', {})).toEqual([]);
    const desa = { columns: { indicator: 0, period: 1, value: 4, source: 5 }, rowFilters: [{ column: 2, value: 'Tunisia' }] };
    const saved = await t.call('imports.saveTemplate', { name: 'UN DESA migrant stock', mapping: desa });
    expect(saved.mapping).toMatchObject({ headerRow: 1, columns: desa.columns, rowFilters: desa.rowFilters, fixed: {} });
    await t.call('imports.saveTemplate', { name: 'Census', mapping: { columns: { indicator: 0 }, fixed: { source: 'Recensement 2024' } } });
    await t.call('imports.saveTemplate', { name: 'UN DESA migrant stock', mapping: { ...desa, rowFilters: [{ column: 2, value: 'Tunisie' }] } });
    const list = await t.call('imports.templates', {});
    expect(list.map((template) => template.name)).toEqual(['Census', 'UN DESA migrant stock']);
    expect(list[1]?.mapping.rowFilters).toEqual([{ column: 2, value: 'Tunisie' }]);
    await t.call('imports.deleteTemplate', { name: 'Census' });
    expect((await t.call('imports.templates', {})).map((template) => template.name)).toEqual(['UN DESA migrant stock']);
    expect(await t.core.dispatch('imports.deleteTemplate', { name: 'Census' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
