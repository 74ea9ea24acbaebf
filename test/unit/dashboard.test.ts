import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import type { ObservationKey } from '../../shared/domain/observation-table';
import { freshCoreForEachTest, tunisSetup, type TestCore } from '../support/temp-core';

const blank = { sex: '', age: '', status: '', origin: '', area: '' };
function key(indicator: string, period: string, breakdown: Partial<Omit<ObservationKey, 'indicator' | 'period'>> = {}): ObservationKey {
  return { indicator, period, ...blank, ...breakdown };
}

type Draft = MethodInput<'observations.save'>['draft'];
async function save(t: TestCore, draft: Draft): Promise<void> {
  await t.call('observations.save', { original: null, draft });
}

/**
 * A small city typed by hand. POP_TOTAL has totals in 2021, 2022 and 2024 (the latest an estimate
 * from its own source), a women's figure and an area in 2024, youth only in 2022, and a women × youth
 * cross-tabulation that no single-breakdown view may mistake for either group.
 */
async function handMadeCity(t: TestCore): Promise<void> {
  await t.call('city.setup', tunisSetup);
  await t.call('districts.save', { code: 'Medina', name: { en: 'Medina', fr: 'Médina', ar: 'المدينة العتيقة' } });
  const rows: Draft[] = [
    { indicator: 'POP_TOTAL', period: '2021', value: '100', source: 'Census 2021' },
    { indicator: 'POP_TOTAL', period: '2022', value: '104', source: 'Census 2021', note: 'projection' },
    { indicator: 'POP_TOTAL', period: '2022', age: 'Y15T24', value: '30', source: 'Census 2021' },
    { indicator: 'POP_TOTAL', period: '2024', value: '120', source: 'Estimate 2024', flags: { estimate: true, provisional: false, confidential: false } },
    { indicator: 'POP_TOTAL', period: '2024', sex: 'F', value: '60', source: 'Estimate 2024' },
    { indicator: 'POP_TOTAL', period: '2024', sex: 'F', age: 'Y15T24', value: '10', source: 'Estimate 2024' },
    { indicator: 'POP_TOTAL', period: '2024', area: 'Medina', value: '40', source: 'Estimate 2024' },
    { indicator: 'MIG_FOREIGN_RES', period: '2024', sex: 'F', value: '5', source: 'Register' },
    { indicator: 'REF_ASY_REGISTERED', period: '2023', value: '40', source: 'UNHCR' },
    { indicator: 'REF_ASY_REGISTERED', period: '2024', value: '50', source: 'UNHCR' },
    { indicator: 'REF_ASY_REGISTERED', period: '2024', status: 'REF', value: '20', source: 'UNHCR' },
    { indicator: 'REF_ASY_REGISTERED', period: '2024', status: 'ASY', value: '30', source: 'UNHCR' },
    { indicator: 'GOV_BUDGET', period: '2023', value: '1000', source: 'Municipal accounts' },
  ];
  for (const row of rows) await save(t, row);
}

describe('key figures', () => {
  const current = freshCoreForEachTest();

  it('on the sample city: latest total, the period before, its source, flags and the focus groups', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const figures = await t.call('profile.keyFigures', {});
    const find = (code: string) => figures.find((f) => f.indicator === code);

    expect(find('POP_TOTAL')).toEqual({
      indicator: 'POP_TOTAL',
      name: expect.objectContaining({ en: 'Total population', fr: 'Population totale' }),
      unit: 'count',
      period: '2024',
      value: 1077512,
      previous: { period: '2023', value: 1070388 },
      source: { citation: 'Annual population estimates 2019–2024', publisher: 'National Statistics Institute (sample)', year: 2025, kind: 'administrative', titles: { en: '', fr: '', ar: '' } },
      flags: { estimate: false, provisional: true, confidential: false },
      focus: [
        { group: 'women', name: expect.objectContaining({ en: 'Women and girls' }), value: 548210 },
        { group: 'youth', name: expect.objectContaining({ en: 'Youth (15–24)' }), value: 168930 },
      ],
    });
    // Focus groups in the catalogue's order, from single breakdowns only (not women × refugees).
    expect(find('REF_ASY_REGISTERED')?.focus.map((g) => [g.group, g.value])).toEqual([
      ['women', 3890],
      ['youth', 2210],
      ['refugees', 3214],
      ['asylum-seekers', 5862],
    ]);
    // A survey run every other year: the latest is 2023 and the one before 2021, not the empty 2022.
    expect(find('HOU_OVERCROWDING')).toMatchObject({
      unit: 'percent',
      period: '2023',
      value: 31.8,
      previous: { period: '2021', value: 34.5 },
      source: { citation: 'Survey of migrant residents, 2021 and 2023 rounds', kind: 'survey', titles: { en: '', fr: '', ar: '' } },
      focus: [
        { group: 'refugees', value: 38.6 },
        { group: 'asylum-seekers', value: 55.1 },
      ],
    });
    expect(find('GOV_STRATEGY')).toMatchObject({ unit: 'ynp', period: '2024', value: 1, previous: { period: '2023', value: 0.5 }, focus: [] });
    expect(find('PAR_CONSULT_PARTICIPANTS')?.focus.map((g) => [g.group, g.value])).toEqual([
      ['women', 73],
      ['youth', 36],
      ['refugees', 20],
      ['asylum-seekers', 10],
    ]);
    // One figure per indicator, in the catalogue's order.
    const catalogueOrder = (await t.call('catalogue.indicators', {})).map((i) => i.code);
    // The sample has a total for every catalogue indicator but POP_AGE_STRUCTURE, which it leaves empty.
    expect(figures.map((f) => f.indicator)).toEqual(catalogueOrder.filter((code) => code !== 'POP_AGE_STRUCTURE'));
    expect(figures).toHaveLength(30);
  });

  it('on a hand-made city: only indicators with a total, the latest period\'s focus values, and it follows edits', async () => {
    const t = current.t;
    expect(await t.call('profile.keyFigures', {})).toEqual([]);
    await handMadeCity(t);
    const figures = await t.call('profile.keyFigures', {});
    // MIG_FOREIGN_RES has only a breakdown, no total: no key figure.
    expect(figures.map((f) => f.indicator)).toEqual(['POP_TOTAL', 'REF_ASY_REGISTERED', 'GOV_BUDGET']);
    expect(figures[0]).toMatchObject({
      period: '2024',
      value: 120,
      previous: { period: '2022', value: 104 },
      source: { citation: 'Estimate 2024', publisher: '', year: null, kind: 'other', titles: { en: '', fr: '', ar: '' } },
      flags: { estimate: true, provisional: false, confidential: false },
    });
    // Youth is only known for 2022, and the women × youth cell is neither group's figure.
    expect(figures[0]?.focus.map((g) => [g.group, g.value])).toEqual([['women', 60]]);
    expect(figures[1]).toMatchObject({ period: '2024', value: 50, previous: { period: '2023', value: 40 } });
    expect(figures[1]?.focus.map((g) => [g.group, g.value])).toEqual([
      ['refugees', 20],
      ['asylum-seekers', 30],
    ]);
    expect(figures[2]).toMatchObject({ indicator: 'GOV_BUDGET', unit: 'currency', period: '2023', value: 1000, previous: null, focus: [] });

    // The latest total deleted: the figure falls back to 2022, with 2021 before it and 2022's youth.
    await t.call('observations.delete', { keys: [key('POP_TOTAL', '2024')] });
    const after = (await t.call('profile.keyFigures', {})).find((f) => f.indicator === 'POP_TOTAL');
    expect(after).toMatchObject({ period: '2022', value: 104, previous: { period: '2021', value: 100 }, source: { citation: 'Census 2021' } });
    expect(after?.focus.map((g) => [g.group, g.value])).toEqual([['youth', 30]]);

    // A newer total typed in the table becomes the key figure at once.
    await save(t, { indicator: 'POP_TOTAL', period: '2025', value: '130', source: 'Census 2025' });
    expect((await t.call('profile.keyFigures', {})).find((f) => f.indicator === 'POP_TOTAL')).toMatchObject({
      period: '2025',
      value: 130,
      previous: { period: '2022', value: 104 },
      focus: [],
    });

    // An edit that moves the total to a breakdown takes the indicator out of the key figures.
    await t.call('observations.save', { original: key('GOV_BUDGET', '2023'), draft: { indicator: 'GOV_BUDGET', period: '2024', value: '1200', source: 'Municipal accounts' } });
    expect((await t.call('profile.keyFigures', {})).find((f) => f.indicator === 'GOV_BUDGET')).toMatchObject({ period: '2024', value: 1200, previous: null });
    await t.call('observations.delete', { keys: [key('GOV_BUDGET', '2024')] });
    expect((await t.call('profile.keyFigures', {})).map((f) => f.indicator)).toEqual(['POP_TOTAL', 'REF_ASY_REGISTERED']);
  });
});

describe('indicator panels', () => {
  const current = freshCoreForEachTest();

  it('on the sample city: the total series in period order with sources, single breakdowns, breakdown periods newest first', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const panels = await t.call('dashboard.indicator', { indicator: 'REF_ASY_REGISTERED' });
    expect(panels.indicator).toMatchObject({
      code: 'REF_ASY_REGISTERED',
      name: expect.objectContaining({ en: 'Registered refugees and asylum seekers' }),
      unit: 'count',
      direction: expect.any(String),
      dimensions: ['status', 'sex', 'age', 'origin'],
      domain: 'population',
    });
    expect(panels.series.map((p) => [p.period, p.value])).toEqual([
      ['2019', 3490],
      ['2020', 4020],
      ['2021', 4930],
      ['2022', 6120],
      ['2023', 8430],
      ['2024', 9076],
    ]);
    for (const point of panels.series) {
      expect(point.source).toEqual({ citation: 'Registered refugees and asylum seekers, 31 December', publisher: 'UNHCR country office (sample)', year: 2025, kind: 'administrative', titles: { en: '', fr: '', ar: '' } });
      expect(point.flags).toEqual({ estimate: false, provisional: false, confidential: false });
    }
    // Women is 3,890 in 2024; the women × refugees (1,460) and women × asylum seekers cells are not single breakdowns.
    const in2024 = panels.breakdowns.filter((b) => b.period === '2024');
    expect(in2024.filter((b) => b.dimension === 'sex')).toEqual([
      { dimension: 'sex', code: 'F', period: '2024', value: 3890 },
      { dimension: 'sex', code: 'M', period: '2024', value: 5186 },
    ]);
    expect(in2024.filter((b) => b.dimension === 'status').map((b) => [b.code, b.value]).sort()).toEqual([
      ['ASY', 5862],
      ['REF', 3214],
    ]);
    expect(in2024.filter((b) => b.dimension === 'origin').map((b) => [b.code, b.value]).sort()).toEqual([
      ['ER', 780],
      ['SD', 3050],
      ['SY', 1420],
    ]);
    expect(in2024.filter((b) => b.dimension === 'age')).toHaveLength(5);
    expect(panels.breakdowns.some((b) => b.value === 1460 || b.value === 2430)).toBe(false);
    expect(panels.breakdowns).toHaveLength(48);
    expect(panels.breakdownPeriods).toEqual(['2024', '2023', '2022', '2021', '2020', '2019']);
    expect(panels.breakdowns.filter((b) => b.dimension === 'origin').map((b) => b.period).sort()).toEqual(['2022', '2022', '2022', '2023', '2023', '2023', '2024', '2024', '2024']);

    const population = await t.call('dashboard.indicator', { indicator: 'POP_TOTAL' });
    expect(population.series.map((p) => p.flags.provisional)).toEqual([false, false, false, false, false, true]);
    const overcrowding = await t.call('dashboard.indicator', { indicator: 'HOU_OVERCROWDING' });
    expect(overcrowding.series.map((p) => [p.period, p.value])).toEqual([
      ['2021', 34.5],
      ['2023', 31.8],
    ]);
    expect(overcrowding.breakdownPeriods).toEqual(['2023', '2021']);
  });

  it('on a hand-made city, for an indicator without data, and for an unknown indicator', async () => {
    const t = current.t;
    await handMadeCity(t);
    const panels = await t.call('dashboard.indicator', { indicator: 'POP_TOTAL' });
    expect(panels.series).toEqual([
      { period: '2021', value: 100, flags: { estimate: false, provisional: false, confidential: false }, source: { citation: 'Census 2021', publisher: '', year: null, kind: 'other', titles: { en: '', fr: '', ar: '' } } },
      { period: '2022', value: 104, flags: { estimate: false, provisional: false, confidential: false }, source: { citation: 'Census 2021', publisher: '', year: null, kind: 'other', titles: { en: '', fr: '', ar: '' } } },
      { period: '2024', value: 120, flags: { estimate: true, provisional: false, confidential: false }, source: { citation: 'Estimate 2024', publisher: '', year: null, kind: 'other', titles: { en: '', fr: '', ar: '' } } },
    ]);
    expect(panels.breakdowns.map((b) => [b.period, b.dimension, b.code, b.value]).sort()).toEqual([
      ['2022', 'age', 'Y15T24', 30],
      ['2024', 'area', 'Medina', 40],
      ['2024', 'sex', 'F', 60],
    ]);
    expect(panels.breakdownPeriods).toEqual(['2024', '2022']);

    // Breakdowns without any total.
    const foreign = await t.call('dashboard.indicator', { indicator: 'MIG_FOREIGN_RES' });
    expect(foreign.series).toEqual([]);
    expect(foreign.breakdowns).toEqual([{ dimension: 'sex', code: 'F', period: '2024', value: 5 }]);
    expect(foreign.breakdownPeriods).toEqual(['2024']);

    const empty = await t.call('dashboard.indicator', { indicator: 'EDU_DROPOUT' });
    expect(empty).toMatchObject({ indicator: { code: 'EDU_DROPOUT', unit: 'percent' }, series: [], breakdowns: [], breakdownPeriods: [] });

    const unknown = await t.core.dispatch('dashboard.indicator', { indicator: 'NOT_AN_INDICATOR' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('NOT_AN_INDICATOR') } });
  });

  it('needs a city', async () => {
    const answer = await current.t.core.dispatch('dashboard.indicator', { indicator: 'POP_TOTAL' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_initialised' } });
  });
});

describe('data gaps', () => {
  const current = freshCoreForEachTest();

  it('lists every catalogue indicator with everything expected missing when there is no data', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    const catalogue = await t.call('catalogue.indicators', {});
    const gaps = await t.call('dashboard.gaps', {});
    expect(gaps.periods).toEqual([]);
    expect(gaps.indicators.map((i) => i.code)).toEqual(catalogue.map((i) => i.code));
    for (const indicator of gaps.indicators) {
      const entry = catalogue.find((i) => i.code === indicator.code);
      expect(indicator.cells).toEqual([]);
      expect(indicator.expected).toEqual(entry?.dimensions);
      expect(indicator.missing).toEqual(entry?.dimensions);
      expect(indicator.domain).toBe(entry?.domain);
      expect(indicator.unit).toBe(entry?.unit);
    }
    expect(gaps.indicators.find((i) => i.code === 'MIG_FOREIGN_RES')?.missing).toEqual(['sex', 'age', 'origin', 'area']);
  });

  it('on the sample city: cells per period with the total, the breakdowns and the row count; missing from the latest period', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const gaps = await t.call('dashboard.gaps', {});
    expect(gaps.periods).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    expect(gaps.indicators).toHaveLength((await t.call('catalogue.indicators', {})).length);
    const find = (code: string) => gaps.indicators.find((i) => i.code === code);

    expect(find('HOU_OVERCROWDING')).toMatchObject({
      expected: ['status', 'origin', 'area'],
      cells: [
        { period: '2021', total: true, dimensions: ['status'], rows: 3 },
        { period: '2023', total: true, dimensions: ['status'], rows: 3 },
      ],
      missing: ['origin', 'area'],
    });
    const refugees = find('REF_ASY_REGISTERED');
    expect(refugees?.cells.map((c) => c.period)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    expect(refugees?.cells[0]).toEqual({ period: '2019', total: true, dimensions: ['sex', 'age', 'status'], rows: 9 });
    expect(refugees?.cells[5]).toEqual({ period: '2024', total: true, dimensions: ['sex', 'age', 'status', 'origin'], rows: 15 });
    expect(refugees?.missing).toEqual([]);
    // The full age structure and the origins only for 2024; no districts at all.
    expect(find('MIG_FOREIGN_RES')?.cells[5]).toEqual({ period: '2024', total: true, dimensions: ['sex', 'age', 'origin'], rows: 12 });
    expect(find('MIG_FOREIGN_RES')?.missing).toEqual(['area']);
    expect(find('HEA_PSYCHOSOCIAL')?.cells.map((c) => c.period)).toEqual(['2021', '2022', '2023', '2024']);
    expect(find('PAR_AWARENESS_CAMPAIGNS')).toMatchObject({ expected: [], missing: [] });
    expect(find('PAR_AWARENESS_CAMPAIGNS')?.cells).toHaveLength(6);
    // Every stored row is counted once.
    const counted = gaps.indicators.flatMap((i) => i.cells).reduce((sum, c) => sum + c.rows, 0);
    expect(counted).toBe((await t.call('observations.page', { limit: 1 })).total);
  });

  it('on a hand-made city, following edits and deletions', async () => {
    const t = current.t;
    await handMadeCity(t);
    let gaps = await t.call('dashboard.gaps', {});
    expect(gaps.periods).toEqual(['2021', '2022', '2023', '2024']);
    const find = (code: string) => gaps.indicators.find((i) => i.code === code);
    expect(find('MIG_FOREIGN_RES')).toMatchObject({ cells: [{ period: '2024', total: false, dimensions: ['sex'], rows: 1 }], missing: ['age', 'origin', 'area'] });
    expect(find('REF_ASY_REGISTERED')).toMatchObject({
      cells: [
        { period: '2023', total: true, dimensions: [], rows: 1 },
        { period: '2024', total: true, dimensions: ['status'], rows: 3 },
      ],
      missing: ['sex', 'age', 'origin'],
    });
    expect(find('POP_TOTAL')?.cells.map((c) => [c.period, c.total, c.rows])).toEqual([
      ['2021', true, 1],
      ['2022', true, 2],
      ['2024', true, 4],
    ]);
    expect(find('EDU_DROPOUT')).toMatchObject({ cells: [], missing: ['sex', 'age', 'status'] });

    await t.call('observations.delete', { keys: [key('MIG_FOREIGN_RES', '2024', { sex: 'F' }), key('REF_ASY_REGISTERED', '2024', { status: 'REF' }), key('REF_ASY_REGISTERED', '2024', { status: 'ASY' })] });
    await save(t, { indicator: 'REF_ASY_REGISTERED', period: '2024', sex: 'M', value: '20', source: 'UNHCR' });
    gaps = await t.call('dashboard.gaps', {});
    expect(find('MIG_FOREIGN_RES')).toMatchObject({ cells: [], missing: ['sex', 'age', 'origin', 'area'] });
    expect(find('REF_ASY_REGISTERED')?.cells.at(-1)).toEqual({ period: '2024', total: true, dimensions: ['sex'], rows: 2 });
    expect(find('REF_ASY_REGISTERED')?.missing).toEqual(['status', 'age', 'origin']);

    // A newer period with only a breakdown becomes the latest: everything but that breakdown is missing.
    await save(t, { indicator: 'REF_ASY_REGISTERED', period: '2025', origin: 'Soudan', value: '12', source: 'UNHCR' });
    gaps = await t.call('dashboard.gaps', {});
    expect(gaps.periods).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(find('REF_ASY_REGISTERED')?.cells.at(-1)).toEqual({ period: '2025', total: false, dimensions: ['origin'], rows: 1 });
    expect(find('REF_ASY_REGISTERED')?.missing).toEqual(['status', 'sex', 'age']);
  });
});
