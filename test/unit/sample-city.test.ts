import { describe, expect, it } from 'vitest';
import { readCatalogueFiles } from '../../electron/core/catalogue/catalogue-files';
import { sampleNarrative } from '../../electron/core/city/sample-narrative';
import { sampleDistricts, sampleObservations, sources, type Breakdown, type Row } from '../support/sample-files';
import { freshCoreForEachTest, resourcesDir } from '../support/temp-core';

const catalogue = readCatalogueFiles(resourcesDir);
const dimensions = ['sex', 'age', 'status', 'origin', 'area'] as const;
type SampleDimension = (typeof dimensions)[number];
const years = ['2019', '2020', '2021', '2022', '2023', '2024'];

function unitOf(code: string): string | undefined {
  return catalogue.indicators.find((i) => i.code === code)?.unit;
}

/** Canonical text of a breakdown ("sex=F status=REF", "" for the total), so it can key a map. */
function keyOf(breakdown: Breakdown): string {
  return dimensions.flatMap((d) => (breakdown[d] === undefined ? [] : [`${d}=${breakdown[d]}`])).join(' ');
}

function without(breakdown: Breakdown, dimension: SampleDimension): Breakdown {
  return Object.fromEntries(Object.entries(breakdown).filter(([d]) => d !== dimension));
}

function setDimensions(breakdown: Breakdown): SampleDimension[] {
  return dimensions.filter((d) => breakdown[d] !== undefined);
}

const rowsByKey = new Map<string, Row>(sampleObservations.map((row) => [`${row[0]}|${row[1]}|${keyOf(row[2])}`, row]));

function valueOf(indicator: string, period: string, breakdown: Breakdown = {}): number | undefined {
  return rowsByKey.get(`${indicator}|${period}|${keyOf(breakdown)}`)?.[3];
}

function describeRow([code, period, breakdown]: Row): string {
  return `${code} ${period} ${keyOf(breakdown) || 'total'}`;
}

/** Migrant statuses that exclude each other; together they make up MIG. */
const exclusiveMigrantStatuses = ['REG', 'IRR', 'ASY', 'REF', 'STL'];

/**
 * The one deliberate outlier: asylum seekers (mostly from Sudan) after the war there broke out in
 * 2023. The narrative has to explain it.
 */
function isSudanJump(code: string, period: string, breakdown: Breakdown): boolean {
  return (code === 'REF_ASY_REGISTERED' || code === 'MIG_BY_STATUS') && period === '2023' && (breakdown.status === 'ASY' || breakdown.origin === 'SD');
}

interface Citation {
  text: string;
  indicator: string;
  period: string | undefined;
  breakdown: Breakdown;
}

const tokenPattern = /\{\{\s*([^}]*?)\s*\}\}/g;
const periodPattern = /^\d{4}(-(S[12]|Q[1-4]|\d{2}(-\d{2})?))?$/;

/** `{{INDICATOR [PERIOD] [dim=CODE …]}}` → its parts; throws on anything else so a typo fails the test. */
function parseCitation(text: string): Citation {
  const [indicator = '', ...rest] = text.split(/\s+/);
  const period = rest[0] !== undefined && periodPattern.test(rest[0]) ? rest.shift() : undefined;
  const breakdown: Breakdown = {};
  for (const part of rest) {
    const [dimension = '', code = ''] = part.split('=');
    const known = dimensions.find((d) => d === dimension);
    if (!known || code === '' || breakdown[known] !== undefined) throw new Error(`Bad citation part "${part}" in {{${text}}}`);
    breakdown[known] = code;
  }
  return { text: [indicator, period, keyOf(breakdown)].filter((p) => p).join(' '), indicator, period, breakdown };
}

function citationsIn(markdown: string): Citation[] {
  return [...markdown.matchAll(tokenPattern)].map((m) => parseCitation(m[1] ?? ''));
}

function resolves({ indicator, period, breakdown }: Citation): boolean {
  return sampleObservations.some(([code, p, b]) => code === indicator && (period === undefined || p === period) && keyOf(b) === keyOf(breakdown));
}

function textOf(section: string, locale: string): string {
  return sampleNarrative.find((n) => n.section === section && n.locale === locale)?.markdown ?? '';
}

describe('the sample city', () => {
  const fresh = freshCoreForEachTest();

  it('uses only catalogue indicators, their allowed breakdowns and codelist values', () => {
    const countries = new Set(catalogue.countries);
    for (const [code, period, breakdown, value] of sampleObservations) {
      const indicator = catalogue.indicators.find((i) => i.code === code);
      expect(indicator, code).toBeDefined();
      expect(years, code).toContain(period);
      for (const [dimension, given] of Object.entries(breakdown)) {
        expect(indicator?.dimensions, `${code} ${dimension}`).toContain(dimension);
        const list = catalogue.codelists.find((c) => c.code === dimension);
        if (list && !list.open) expect(list.values.map((v) => v.code), `${code} ${dimension}`).toContain(given);
      }
      if (breakdown.origin !== undefined) expect(countries.has(breakdown.origin), `${code} origin ${breakdown.origin}`).toBe(true);
      if (breakdown.area !== undefined) expect(sampleDistricts.map((d) => d.code), `${code} area ${breakdown.area}`).toContain(breakdown.area);
      expect(Number.isFinite(value) && value >= 0, `${code} ${period}`).toBe(true);
      if (indicator?.unit === 'percent') expect(value, `${code} ${period}`).toBeLessThanOrEqual(100);
      if (indicator?.unit === 'ynp') expect([0, 0.5, 1]).toContain(value);
      if (indicator?.unit === 'count' || indicator?.unit === 'currency') expect(Number.isInteger(value), `${code} ${period}`).toBe(true);
    }
  });

  it('has a realistic size, each figure once, and every source labelled as a sample', () => {
    expect(sampleObservations.length).toBeGreaterThanOrEqual(400);
    expect(sampleObservations.length).toBeLessThanOrEqual(700);
    expect(rowsByKey.size).toBe(sampleObservations.length);
    for (const source of Object.values(sources)) expect(source.publisher).toContain('(sample)');
    expect(new Set(Object.values(sources).map((s) => s.citation)).size).toBe(Object.keys(sources).length);
    // Flags: provisional only on the latest year; some early figures are estimates.
    const provisional = sampleObservations.filter((r) => r[5] === 'provisional');
    expect(provisional.length).toBeGreaterThan(0);
    expect(new Set(provisional.map((r) => r[1]))).toEqual(new Set(['2024']));
    expect(sampleObservations.some((r) => r[5] === 'estimate')).toBe(true);
  });

  it('crosses two dimensions only where that makes sense, and rarely', () => {
    const crossed = sampleObservations.filter(([, , b]) => setDimensions(b).length > 1);
    const allowed = new Set(['REF_ASY_REGISTERED sex+status', 'MIG_TOP_ORIGINS origin+sex']);
    for (const [code, , breakdown] of crossed) expect(allowed, code).toContain(`${code} ${setDimensions(breakdown).sort().join('+')}`);
    expect(crossed.length).toBeLessThanOrEqual(sampleObservations.length * 0.05);
  });

  it('keeps parts within their totals', () => {
    for (const row of sampleObservations) {
      const [code, period, breakdown, value] = row;
      if (setDimensions(breakdown).length === 0) continue;
      expect(valueOf(code, period), `${describeRow(row)} has a total`).toBeDefined();
      if (unitOf(code) !== 'count') continue;
      // A part is at most each figure it is a part of: the total and every row with one dimension fewer.
      for (const dimension of setDimensions(breakdown)) {
        const parent = valueOf(code, period, without(breakdown, dimension));
        if (parent !== undefined) expect(value, describeRow(row)).toBeLessThanOrEqual(parent);
      }
      expect(value, describeRow(row)).toBeLessThanOrEqual(valueOf(code, period) ?? 0);
      // Every migrant status is part of all migrants (nationals are not).
      if (breakdown.status !== undefined && breakdown.status !== 'NAT') {
        const migrants = valueOf(code, period, { ...breakdown, status: 'MIG' });
        if (migrants !== undefined) expect(value, describeRow(row)).toBeLessThanOrEqual(migrants);
      }
    }

    // Sums: sexes, age bands, origins and exclusive statuses add up to no more than their total.
    const sums = new Map<string, { parent: number | undefined; sum: number; what: string }>();
    function add(code: string, period: string, parent: Breakdown, group: string, value: number): void {
      const key = `${code}|${period}|${keyOf(parent)}|${group}`;
      const entry = sums.get(key) ?? { parent: valueOf(code, period, parent), sum: 0, what: `${code} ${period} ${keyOf(parent) || 'total'} by ${group}` };
      entry.sum += value;
      sums.set(key, entry);
    }
    for (const [code, period, breakdown, value] of sampleObservations) {
      if (unitOf(code) !== 'count') continue;
      for (const dimension of ['sex', 'age', 'origin'] as const) {
        if (breakdown[dimension] !== undefined) add(code, period, without(breakdown, dimension), dimension, value);
      }
      const status = breakdown.status;
      if (status === undefined) continue;
      const rest = without(breakdown, 'status');
      if (exclusiveMigrantStatuses.includes(status)) {
        const migrants = valueOf(code, period, { ...rest, status: 'MIG' });
        if (migrants !== undefined) add(code, period, { ...rest, status: 'MIG' }, 'migrant status', value);
        else add(code, period, rest, 'migrant status', value);
      }
      if (status === 'NAT' || status === 'MIG') add(code, period, rest, 'nationals and migrants', value);
    }
    expect(sums.size).toBeGreaterThan(100);
    for (const { parent, sum, what } of sums.values()) {
      if (parent !== undefined) expect(sum, what).toBeLessThanOrEqual(parent);
    }
  });

  it('changes by less than 40% a year, except the asylum jump the narrative explains', () => {
    let exceptions = 0;
    for (const row of sampleObservations) {
      const [code, period, breakdown, value] = row;
      const unit = unitOf(code);
      if (unit === 'ynp') continue;
      const previous = valueOf(code, String(Number(period) - 1), breakdown);
      if (previous === undefined || previous === 0) continue;
      // Small counts of parts move in whole steps (4 → 6 is +50%); totals are checked whatever their size.
      if (unit === 'count' && setDimensions(breakdown).length > 0 && previous < 10) continue;
      const change = Math.abs(value / previous - 1);
      if (isSudanJump(code, period, breakdown)) {
        if (change >= 0.4) exceptions += 1;
        continue;
      }
      expect(change, `${describeRow(row)}: ${previous} → ${value}`).toBeLessThan(0.4);
    }
    expect(exceptions, 'the Sudan jump is there to be explained').toBeGreaterThan(0);
    for (const locale of ['en', 'fr', 'ar']) {
      expect(sampleNarrative.filter((n) => n.locale === locale).some((n) => n.markdown.includes('{{REF_ASY_REGISTERED 2023 status=ASY}}')), locale).toBe(true);
    }
  });

  it('tells one consistent story across indicators', () => {
    let compared = 0;
    for (const [code, period, breakdown, share] of sampleObservations) {
      if (code !== 'MIG_FOREIGN_SHARE') continue;
      const foreign = valueOf('MIG_FOREIGN_RES', period, breakdown);
      const population = valueOf('POP_TOTAL', period, breakdown);
      expect(foreign !== undefined && population !== undefined, `${period} ${keyOf(breakdown)}`).toBe(true);
      expect(Math.abs(share - ((foreign ?? 0) / (population ?? 1)) * 100), `share ${period} ${keyOf(breakdown)}`).toBeLessThanOrEqual(0.1);
      compared += 1;
    }
    expect(compared).toBe(18);

    for (const [code, period, breakdown, value] of sampleObservations) {
      if (code === 'MIG_TOP_ORIGINS') {
        const same = valueOf('MIG_FOREIGN_RES', period, breakdown);
        if (same !== undefined) expect(value, `origins ${period} ${keyOf(breakdown)}`).toBe(same);
      }
      if (code === 'MIG_BY_STATUS' && (breakdown.status === 'REF' || breakdown.status === 'ASY')) {
        expect(value, `${breakdown.status} ${period}`).toBe(valueOf('REF_ASY_REGISTERED', period, breakdown));
      }
    }
    for (const year of years) {
      // Refugees plus asylum seekers are the whole of REF_ASY_REGISTERED; F + M the whole population.
      expect((valueOf('REF_ASY_REGISTERED', year, { status: 'REF' }) ?? 0) + (valueOf('REF_ASY_REGISTERED', year, { status: 'ASY' }) ?? 0)).toBe(valueOf('REF_ASY_REGISTERED', year));
      expect((valueOf('POP_TOTAL', year, { sex: 'F' }) ?? 0) + (valueOf('POP_TOTAL', year, { sex: 'M' }) ?? 0)).toBe(valueOf('POP_TOTAL', year));
      // Residents on 31 December are next year's residents on 1 January.
      const nextJanuary = valueOf('POP_TOTAL', String(Number(year) + 1));
      if (nextJanuary !== undefined) expect(valueOf('MIG_BY_STATUS', year)).toBe(nextJanuary);
      // All migrants, irregular ones included, outnumber registered foreign nationals.
      expect(valueOf('MIG_BY_STATUS', year, { status: 'MIG' })).toBeGreaterThan(valueOf('MIG_FOREIGN_RES', year) ?? Infinity);
      // Young migrants are less often employed than all migrants; young women more often unemployed.
      expect(valueOf('EMP_MIG_RATE', year, { age: 'Y15T24' })).toBeLessThan(valueOf('EMP_MIG_RATE', year) ?? 0);
      expect(valueOf('EMP_YOUTH_UNEMP', year, { sex: 'F' })).toBeGreaterThan(valueOf('EMP_YOUTH_UNEMP', year) ?? Infinity);
      expect(valueOf('HEA_MIG_COVERAGE', year, { status: 'REF' })).toBeGreaterThan(valueOf('HEA_MIG_COVERAGE', year, { status: 'ASY' }) ?? Infinity);
    }
    // A rate for everyone lies between the rates for women and men.
    for (const [code, period, breakdown, value] of sampleObservations) {
      if (unitOf(code) !== 'percent' || setDimensions(breakdown).length > 0) continue;
      const women = valueOf(code, period, { sex: 'F' });
      const men = valueOf(code, period, { sex: 'M' });
      if (women === undefined || men === undefined) continue;
      expect(value, `${code} ${period}`).toBeGreaterThanOrEqual(Math.min(women, men));
      expect(value, `${code} ${period}`).toBeLessThanOrEqual(Math.max(women, men));
    }
  });

  it('covers the focus groups every year, wherever that is plausible', () => {
    // Where a focus group is missing on purpose, and why.
    const notPlausible = new Map([
      ['MIG_BY_STATUS women', 'split by status only; by sex it would restate the population estimates'],
      ['MIG_BY_STATUS youth', 'split by status only; by age it would restate the population estimates'],
      ['MIG_TOP_ORIGINS women', 'women are given within some origins only'],
      ['HOU_SOCIAL_HOUSING asylum-seekers', 'asylum seekers are not eligible for social housing'],
      ['HOU_WAITING_LIST asylum-seekers', 'asylum seekers are not eligible for social housing'],
      ['EMP_YOUTH_UNEMP asylum-seekers', 'too few young asylum seekers in the survey sample'],
      ['EMP_WOMEN_BUSINESSES asylum-seekers', 'asylum seekers cannot register a business'],
    ]);
    const groups = catalogue.targetGroups.filter((g) => g.focus && g.dimension);
    expect(groups.map((g) => g.code).sort()).toEqual(['asylum-seekers', 'refugees', 'women', 'youth']);
    let checked = 0;
    for (const indicator of catalogue.indicators) {
      const periods = years.filter((y) => valueOf(indicator.code, y) !== undefined);
      for (const group of groups) {
        if (!group.dimension || !indicator.dimensions.includes(group.dimension.code)) continue;
        const missing = periods.filter((y) => !sampleObservations.some(([c, p, b]) => c === indicator.code && p === y && keyOf(b) === `${group.dimension?.code}=${group.dimension?.value}`));
        if (notPlausible.has(`${indicator.code} ${group.code}`)) {
          expect(missing, `${indicator.code} ${group.code} is listed as not plausible`).toEqual(periods);
          continue;
        }
        expect(missing, `${indicator.code} ${group.code}`).toEqual([]);
        checked += periods.length;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('writes every profile section in English, French and Arabic, with the catalogue subsections', () => {
    expect(sampleNarrative).toHaveLength(catalogue.profileSections.length * 3);
    for (const section of catalogue.profileSections) {
      for (const locale of ['en', 'fr', 'ar'] as const) {
        const entries = sampleNarrative.filter((n) => n.section === section.code && n.locale === locale);
        expect(entries, `${section.code} ${locale}`).toHaveLength(1);
        const markdown = textOf(section.code, locale);
        expect(markdown.trim().length, `${section.code} ${locale}`).toBeGreaterThan(200);
        const headings = markdown.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
        const expected = section.subsections.map((s) => s.name[locale]);
        if (expected.length > 0) expect(headings, `${section.code} ${locale}`).toEqual(expected);
        // Only the Markdown the app renders: no HTML, tables, images or deeper headings.
        expect(markdown, `${section.code} ${locale}`).not.toMatch(/<[a-zA-Z/!]|\||!\[|^#{4,}|^\s*[*+] /m);
      }
      // Arabic joins articles, conjunctions and prepositions to the word, so it counts fewer words.
      for (const [locale, least] of [['en', 80], ['fr', 80], ['ar', 60]] as const) {
        const words = textOf(section.code, locale).replace(tokenPattern, 'N').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        expect(words, `${section.code} ${locale}`).toBeGreaterThanOrEqual(least);
        expect(words, `${section.code} ${locale}`).toBeLessThanOrEqual(300);
      }
    }
    expect(textOf('metadata', 'en').match(/invented sample data/g)).toHaveLength(1);
  });

  it('writes French in French and Arabic in Arabic script', () => {
    for (const { section, locale, markdown } of sampleNarrative) {
      const prose = markdown.replace(tokenPattern, '');
      if (locale === 'ar') {
        expect((prose.match(/[\u0600-\u06FF]/g) ?? []).length, section).toBeGreaterThan(300);
        expect(prose, `${section}: Latin letters in the Arabic text`).not.toMatch(/[A-Za-z]/);
      }
      if (locale === 'fr') {
        expect(prose, section).toMatch(/\b(les|des|est|dans|pour|avec)\b/);
        expect(prose, section).toMatch(/[éèàçê]/);
      }
      if (locale === 'en') expect(prose, section).toMatch(/\b(the|and|of)\b/);
    }
  });

  it('cites every figure it states, the same figures in every language, each resolving to a sample row', () => {
    for (const section of catalogue.profileSections) {
      const english = citationsIn(textOf(section.code, 'en')).map((c) => c.text).sort();
      for (const locale of ['en', 'fr', 'ar']) {
        const markdown = textOf(section.code, locale);
        const citations = citationsIn(markdown);
        for (const citation of citations) expect(resolves(citation), `${section.code} ${locale} {{${citation.text}}}`).toBe(true);
        expect(citations.map((c) => c.text).sort(), `${section.code} ${locale}`).toEqual(english);
        // Left once the citations and list numbers are gone: no stray braces, and no number but
        // years and the 15–24 age band.
        const prose = markdown.replace(tokenPattern, '').replace(/^\d+\. /gm, '');
        expect(prose, `${section.code} ${locale}`).not.toMatch(/[{}]/);
        const numbers = prose.match(/[0-9\u0660-\u0669\u06F0-\u06F9]+/g) ?? [];
        for (const n of numbers) expect(/^(20[0-2]\d|15|24)$/.test(n), `${section.code} ${locale}: typed number ${n}`).toBe(true);
      }
      const distinct = new Set(english).size;
      if (section.code === 'metadata') continue;
      expect(distinct, section.code).toBeGreaterThanOrEqual(3);
      expect(distinct, section.code).toBeLessThanOrEqual(10);
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
    // Every sample figure was stored, and every indicator with data has a key figure.
    const stored = fresh.t.core.store.db.prepare("SELECT count(*) AS n FROM observations WHERE city = 'sample-city'").get();
    expect(stored).toEqual({ n: sampleObservations.length });
    expect(figures).toHaveLength(new Set(sampleObservations.map((r) => r[0])).size);
  });

  it('leaves nothing behind when it is removed', async () => {
    await fresh.t.call('city.createSample', {});
    await fresh.t.call('city.leaveSample', {});
    expect(await fresh.t.call('profile.keyFigures', {})).toEqual([]);
    expect(fresh.t.core.store.db.prepare('SELECT (SELECT count(*) FROM observations) + (SELECT count(*) FROM sources) AS n').get()).toEqual({ n: 0 });
  });
});
