import { describe, expect, it } from 'vitest';
import { readCatalogueFiles } from '../../electron/core/catalogue/catalogue-files';
import { sampleObservations } from '../../electron/core/city/sample-profile';
import { freshCoreForEachTest, resourcesDir } from '../support/temp-core';

describe('the sample city', () => {
  const fresh = freshCoreForEachTest();

  it('uses only catalogue indicators, their allowed breakdowns and codelist values', () => {
    const catalogue = readCatalogueFiles(resourcesDir);
    for (const [code, period, breakdown, value] of sampleObservations) {
      const indicator = catalogue.indicators.find((i) => i.code === code);
      expect(indicator, code).toBeDefined();
      expect(period).toMatch(/^\d{4}$/);
      for (const [dimension, given] of Object.entries(breakdown)) {
        expect(indicator?.dimensions, `${code} ${dimension}`).toContain(dimension);
        const list = catalogue.codelists.find((c) => c.code === dimension);
        if (list && !list.open) expect(list.values.map((v) => v.code), `${code} ${dimension}`).toContain(given);
      }
      if (indicator?.unit === 'percent') expect(value).toBeLessThanOrEqual(100);
      if (indicator?.unit === 'ynp') expect([0, 0.5, 1]).toContain(value);
      if (indicator?.unit === 'count') expect(Number.isInteger(value) && value >= 0).toBe(true);
    }
  });

  it('keeps parts within their totals', () => {
    const totals = new Map(sampleObservations.filter(([, , b]) => Object.keys(b).length === 0).map(([c, p, , v]) => [`${c}/${p}`, v]));
    for (const [code, period, breakdown, value] of sampleObservations) {
      if (Object.keys(breakdown).length === 0) continue;
      const totalValue = totals.get(`${code}/${period}`);
      expect(totalValue, `${code} ${period} has a total`).toBeDefined();
      const unit = readCatalogueFiles(resourcesDir).indicators.find((i) => i.code === code)?.unit;
      if (unit === 'count') expect(value, `${code} ${period} ${JSON.stringify(breakdown)}`).toBeLessThanOrEqual(totalValue ?? 0);
    }
  });

  it('shows key figures with their year, source, previous period and focus groups', async () => {
    expect(await fresh.t.call('profile.keyFigures', {})).toEqual([]);
    await fresh.t.call('city.createSample', {});
    const figures = await fresh.t.call('profile.keyFigures', {});
    const population = figures.find((f) => f.indicator === 'POP_TOTAL');
    expect(population).toMatchObject({
      period: '2024',
      value: 1077512,
      previous: { period: '2023', value: 1070388 },
      source: { publisher: 'National Statistics Institute (sample)', year: 2025, kind: 'administrative' },
      flags: { provisional: true, estimate: false, confidential: false },
    });
    const refugees = figures.find((f) => f.indicator === 'REF_ASY_REGISTERED');
    expect(refugees?.focus.map((g) => [g.group, g.value]).sort()).toEqual([
      ['asylum-seekers', 5862],
      ['refugees', 3214],
      ['women', 3890],
      ['youth', 2210],
    ]);
    // Figures follow the catalogue's order, one per indicator.
    expect(new Set(figures.map((f) => f.indicator)).size).toBe(figures.length);
    expect(figures[0]?.indicator).toBe('POP_TOTAL');
  });

  it('leaves nothing behind when it is removed', async () => {
    await fresh.t.call('city.createSample', {});
    await fresh.t.call('city.leaveSample', {});
    expect(await fresh.t.call('profile.keyFigures', {})).toEqual([]);
    expect(fresh.t.core.store.db.prepare('SELECT (SELECT count(*) FROM observations) + (SELECT count(*) FROM sources) AS n').get()).toEqual({ n: 0 });
  });
});
