import { describe, expect, it } from 'vitest';
import { freshCoreForEachTest, tunisSetup } from '../support/temp-core';

describe('sources', () => {
  const current = freshCoreForEachTest();

  async function withFigures() {
    const { t } = current;
    await t.call('city.setup', tunisSetup);
    const draft = { indicator: 'POP_TOTAL', value: '1000', source: 'Census 2024' };
    await t.call('observations.save', { original: null, draft: { ...draft, period: '2024' } });
    await t.call('observations.save', { original: null, draft: { ...draft, period: '2023' } });
    await t.call('observations.save', { original: null, draft: { ...draft, period: '2022', source: 'Municipal register' } });
    return t;
  }

  it('are listed once with how many figures cite them, and completed with publisher, year and kind', async () => {
    const t = await withFigures();
    const list = await t.call('sources.list', {});
    expect(list.map((s) => [s.citation, s.observations, s.kind, s.publisher, s.year])).toEqual([
      ['Census 2024', 2, 'other', '', null],
      ['Municipal register', 1, 'other', '', null],
    ]);
    const census = list[0];
    if (!census) throw new Error('no source');
    const updated = await t.call('sources.update', { id: census.id, citation: 'Census 2024', publisher: 'National Statistics Institute', year: 2025, kind: 'census', titles: { en: '', fr: '', ar: '' } });
    expect(updated).toMatchObject({ publisher: 'National Statistics Institute', year: 2025, kind: 'census', observations: 2 });
    // Every figure citing it now shows the completed source.
    const figures = await t.call('profile.keyFigures', {});
    expect(figures[0]?.source).toEqual({ citation: 'Census 2024', publisher: 'National Statistics Institute', year: 2025, kind: 'census', titles: { en: '', fr: '', ar: '' } });
  });

  it('refuse a citation another source has, an unknown source and an impossible year, changing nothing', async () => {
    const t = await withFigures();
    const [census, register] = await t.call('sources.list', {});
    if (!census || !register) throw new Error('no sources');
    const clash = await t.client.call('sources.update', { id: register.id, citation: 'Census 2024', publisher: '', year: null, kind: 'other', titles: { en: '', fr: '', ar: '' } });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const missing = await t.client.call('sources.update', { id: 'no-such-source', citation: 'X', publisher: '', year: null, kind: 'other', titles: { en: '', fr: '', ar: '' } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const year = await t.client.call('sources.update', { id: census.id, citation: 'Census 2024', publisher: '', year: 1200, kind: 'other', titles: { en: '', fr: '', ar: '' } });
    expect(year).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'year' }] } });
    expect(await t.call('sources.list', {})).toEqual([census, register]);
  });
});

describe('source titles', () => {
  const current = freshCoreForEachTest();
  const noTitles = { en: '', fr: '', ar: '' };

  it('are typed per language, raise the revision once, and reach every figure that cites the source', async () => {
    const { t } = current;
    await t.call('city.setup', tunisSetup);
    await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', value: '1000', source: 'Census 2024', period: '2024' } });
    const [census] = await t.call('sources.list', {});
    if (!census) throw new Error('no source');
    expect(census).toMatchObject({ titles: noTitles, revision: 1 });

    const details = { id: census.id, citation: 'Census 2024', publisher: 'INS', year: 2025, kind: 'census' as const };
    const titles = { en: 'General census 2024', fr: 'Recensement général 2024', ar: 'التعداد العام 2024' };
    expect(await t.call('sources.update', { ...details, titles })).toMatchObject({ titles, revision: 2 });
    // The same values again change nothing, revision included.
    expect(await t.call('sources.update', { ...details, titles })).toMatchObject({ titles, revision: 2 });
    // A title alone is a change.
    expect(await t.call('sources.update', { ...details, titles: { ...titles, fr: '' } })).toMatchObject({ titles: { ...titles, fr: '' }, revision: 3 });
    const [figure] = await t.call('profile.keyFigures', {});
    expect(figure?.source.titles).toEqual({ ...titles, fr: '' });
  });

  it('refuse a title longer than 500 characters, changing nothing', async () => {
    const { t } = current;
    await t.call('city.setup', tunisSetup);
    await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', value: '1000', source: 'Census 2024', period: '2024' } });
    const [census] = await t.call('sources.list', {});
    if (!census) throw new Error('no source');
    const answer = await t.client.call('sources.update', { id: census.id, citation: 'Census 2024', publisher: '', year: null, kind: 'other', titles: { ...noTitles, ar: 'م'.repeat(501) } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await t.call('sources.list', {})).toEqual([census]);
  });
});
