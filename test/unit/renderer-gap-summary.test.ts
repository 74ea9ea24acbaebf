import { describe, expect, it } from 'vitest';
import { gapOf, hasGap, summariseGaps } from '../../renderer/src/features/profile/gaps/gap-summary';
import { freshCoreForEachTest, tunisSetup, type TestCore } from '../support/temp-core';

/**
 * What the Data gaps tab and the dashboard card tell a focal point to collect next, computed by the
 * renderer from the coverage the real core reports for a city with a few figures.
 */

const figures = [
  'indicator,period,sex,age,status,origin,area,value,source',
  // POP_TOTAL expects sex, age and district: 2023 has them all, the latest year (2024) only the total and sex.
  'POP_TOTAL,2023,,,,,,1000,Census 2023',
  'POP_TOTAL,2023,F,,,,,510,Census 2023',
  'POP_TOTAL,2023,,Y15T24,,,,200,Census 2023',
  'POP_TOTAL,2023,,,,,Medina,300,Census 2023',
  'POP_TOTAL,2024,,,,,,1100,Census 2024',
  'POP_TOTAL,2024,F,,,,,560,Census 2024',
  'POP_TOTAL,2024,M,,,,,540,Census 2024',
  // A share by sex without its total.
  'MIG_FOREIGN_SHARE,2024,F,,,,,2.5,Census 2024',
  'MIG_FOREIGN_SHARE,2024,M,,,,,2.1,Census 2024',
  // An indicator with no breakdown to expect: one figure makes it complete.
  'GOV_STRATEGY,2024,,,,,,1,Conseil municipal',
];

/** Adds each line (no quotes, header first) as a figure, the way the Add a figure form does. */
async function addFigures(t: TestCore, lines: readonly string[]): Promise<void> {
  const [header, ...rows] = lines;
  const columns = (header ?? '').split(',');
  for (const line of rows) {
    const cells = line.split(',');
    const cell = (name: string) => cells[columns.indexOf(name)] ?? '';
    const draft = { indicator: cell('indicator'), period: cell('period'), sex: cell('sex'), age: cell('age'), status: cell('status'), origin: cell('origin'), area: cell('area'), value: cell('value'), source: cell('source') };
    await t.call('observations.save', { original: null, draft });
  }
}

describe('the data gaps summary', () => {
  const current = freshCoreForEachTest();

  it('counts what is missing in each indicator’s latest period, and what is complete', async () => {
    const { t } = current;
    await t.call('city.setup', tunisSetup);
    await t.call('districts.save', { code: 'Medina', name: { en: 'Medina', fr: 'Médina', ar: 'المدينة' } });
    await addFigures(t, figures);
    const gaps = await t.call('dashboard.gaps', {});
    const indicator = (code: string) => {
      const found = gaps.indicators.find((i) => i.code === code);
      if (!found) throw new Error(`${code} is not in the coverage`);
      return found;
    };

    // The latest period is the one named, even though an older one had every breakdown.
    expect(gapOf(indicator('POP_TOTAL'))).toEqual({ noData: false, noTotal: false, missing: ['age', 'area'], latest: '2024' });
    expect(gapOf(indicator('MIG_FOREIGN_SHARE'))).toEqual({ noData: false, noTotal: true, missing: ['age', 'area'], latest: '2024' });
    expect(gapOf(indicator('GOV_STRATEGY'))).toEqual({ noData: false, noTotal: false, missing: [], latest: '2024' });
    expect(gapOf(indicator('PAR_AWARENESS_CAMPAIGNS'))).toMatchObject({ noData: true, latest: null });
    expect(hasGap(indicator('GOV_STRATEGY'))).toBe(false);
    expect(hasGap(indicator('POP_TOTAL'))).toBe(true);

    const summary = summariseGaps(gaps);
    const all = gaps.indicators.length;
    expect(all).toBeGreaterThan(20);
    expect(summary).toEqual({
      indicators: all,
      noData: all - 3,
      // Only indicators with figures count here: those without any are "no data", not "lacking".
      lacking: [
        { dimension: 'age', count: 2 },
        { dimension: 'area', count: 2 },
      ],
      noTotal: 1,
      complete: 1,
    });
    // Every indicator is in exactly one place: no data, complete, or with figures and something to collect.
    const withDataAndGap = gaps.indicators.filter((i) => i.cells.length > 0 && hasGap(i)).length;
    expect(summary.noData + summary.complete + withDataAndGap).toBe(summary.indicators);
  });

  it('says nothing is missing once every expected breakdown of the latest period is there', async () => {
    const { t } = current;
    await t.call('city.setup', tunisSetup);
    await t.call('districts.save', { code: 'Medina', name: { en: 'Medina', fr: 'Médina', ar: 'المدينة' } });
    await addFigures(t, ['indicator,period,sex,age,area,value,source', 'POP_TOTAL,2024,,,,1100,Census', 'POP_TOTAL,2024,F,,,560,Census', 'POP_TOTAL,2024,,Y15T24,,200,Census', 'POP_TOTAL,2024,,,Medina,300,Census']);
    const gaps = await t.call('dashboard.gaps', {});
    const population = gaps.indicators.find((i) => i.code === 'POP_TOTAL');
    expect(population && gapOf(population)).toEqual({ noData: false, noTotal: false, missing: [], latest: '2024' });
    expect(summariseGaps(gaps)).toMatchObject({ noData: gaps.indicators.length - 1, lacking: [], noTotal: 0, complete: 1 });
  });
});
