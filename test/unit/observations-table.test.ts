import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sortColumns, type ObservationKey, type ObservationPageQuery, type ObservationRow } from '../../shared/domain/observation-table';
import { addDistricts } from '../support/districts';
import { freshCoreForEachTest, tunisSetup, type TestCore } from '../support/temp-core';

const header = 'indicator,period,sex,age,status,origin,area,value,source,note,flags';

/** Thirteen rows over four indicators: one parts-over-total (POP_TOTAL 2024 by sex) and one outlier (MIG_FOREIGN_RES 2024 CI). */
const seedLines = [
  'POP_TOTAL,2023,,,,,,1000,Census 2023,,',
  'POP_TOTAL,2024,,,,,,1100,Census 2024,revised figure,',
  'POP_TOTAL,2024,F,,,,,700,Census 2024,,',
  'POP_TOTAL,2024,M,,,,,600,Census 2024,,',
  'POP_TOTAL,2024,,Y15T24,,,,250,Census 2024,,',
  'POP_TOTAL,2024,,,,,Medina,300,Census 2024,,',
  'POP_TOTAL,2024,,,,,Bab Souika,280,Census 2024,,',
  'MIG_FOREIGN_RES,2023,,,,,,450,Register of foreign residents,,',
  'MIG_FOREIGN_RES,2023,,,,CI,,20,Register of foreign residents,,',
  'MIG_FOREIGN_RES,2024,,,,,,500,Register of foreign residents,,',
  'MIG_FOREIGN_RES,2024,,,,CI,,80,Register of foreign residents,"largest group, 50% women",estimate',
  'MIG_FOREIGN_SHARE,2024,,,,,,2.5,Census 2024,,',
  'GOV_STRATEGY,2024,,,,,,1,Conseil municipal,adopted in March,',
];

const blank = { sex: '', age: '', status: '', origin: '', area: '' };
function key(indicator: string, period: string, breakdown: Partial<Omit<ObservationKey, 'indicator' | 'period'>> = {}): ObservationKey {
  return { indicator, period, ...blank, ...breakdown };
}
function keyText(row: ObservationKey): string {
  return [row.indicator, row.period, row.sex, row.age, row.status, row.origin, row.area].join('/');
}

const StoredRow = z.object({
  city: z.string(),
  indicator: z.string(),
  period: z.string(),
  sex: z.string(),
  age: z.string(),
  status: z.string(),
  origin: z.string(),
  area: z.string(),
  value: z.number(),
  is_estimate: z.number(),
  is_provisional: z.number(),
  is_confidential: z.number(),
  source: z.number(),
  note: z.string(),
});

/** Every stored observation, every column, in key order. */
function dump(t: TestCore): z.infer<typeof StoredRow>[] {
  return z.array(StoredRow).parse(t.core.store.db.prepare('SELECT * FROM observations ORDER BY city, indicator, period, sex, age, status, origin, area').all());
}

/** The identity (uid) of a source from its local row id, as the API names sources. */
function uidOf(t: TestCore, ref: number | undefined): string {
  return z.object({ uid: z.string() }).parse(t.core.store.db.prepare('SELECT uid FROM sources WHERE id = ?').get(ref)).uid;
}

function sourceCount(t: TestCore): number {
  return z.object({ n: z.number() }).parse(t.core.store.db.prepare('SELECT count(*) AS n FROM sources').get()).n;
}

/** The coverage table must equal a recount from the observations (computed here independently of the core's query). */
function expectCoverageMatches(t: TestCore): number {
  const db = t.core.store.db;
  const Coverage = z.array(z.object({ city: z.string(), indicator: z.string(), period: z.string(), shape: z.number(), rows: z.number() }));
  const recount = Coverage.parse(
    db
      .prepare(
        `SELECT city, indicator, period,
                (CASE WHEN sex = '' THEN 0 ELSE 1 END) + (CASE WHEN age = '' THEN 0 ELSE 2 END) + (CASE WHEN status = '' THEN 0 ELSE 4 END)
                  + (CASE WHEN origin = '' THEN 0 ELSE 8 END) + (CASE WHEN area = '' THEN 0 ELSE 16 END) AS shape,
                count(*) AS rows
           FROM observations GROUP BY city, indicator, period, shape ORDER BY city, indicator, period, shape`,
      )
      .all(),
  );
  const stored = Coverage.parse(db.prepare('SELECT city, indicator, period, shape, rows FROM observation_coverage ORDER BY city, indicator, period, shape').all());
  expect(stored).toEqual(recount);
  return recount.length;
}

let fileCounter = 0;
async function importLines(t: TestCore, dir: string, lines: readonly string[]): Promise<void> {
  fileCounter += 1;
  const path = join(dir, `seed-${fileCounter}.csv`);
  writeFileSync(path, [header, ...lines].join('\n'));
  const file = t.core.registerImportFile(path);
  const preview = await t.call('imports.preview', { file, sheet: null });
  const job = await t.call('imports.start', { file, mapping: preview.mapping, dryRun: false });
  expect(job.state).toBe('done');
  expect(job.summary?.errors).toEqual([]);
}

async function failure(t: TestCore, method: 'observations.save' | 'observations.delete' | 'observations.restore' | 'observations.page', input: unknown) {
  const answer = await t.core.dispatch(method, input);
  if (answer.ok) throw new Error(`${method} succeeded but was expected to fail`);
  return answer.error;
}

async function allRows(t: TestCore, query: ObservationPageQuery = {}): Promise<ObservationRow[]> {
  return (await t.call('observations.page', { ...query, offset: 0, limit: 1000 })).rows;
}

describe('observations table: page', () => {
  const current = freshCoreForEachTest();
  beforeEach(async () => {
    await current.t.call('city.setup', tunisSetup);
    addDistricts(current.t, ['Medina', 'Bab Souika']);
    await importLines(current.t, current.dir, seedLines);
  });

  it('lists every row in key order by default, with value, flags, source and note', async () => {
    const page = await current.t.call('observations.page', {});
    expect(page.total).toBe(13);
    expect(page.offset).toBe(0);
    expect(page.rows.map(keyText)).toEqual([
      'GOV_STRATEGY/2024/////',
      'MIG_FOREIGN_RES/2023/////',
      'MIG_FOREIGN_RES/2023////CI/',
      'MIG_FOREIGN_RES/2024/////',
      'MIG_FOREIGN_RES/2024////CI/',
      'MIG_FOREIGN_SHARE/2024/////',
      'POP_TOTAL/2023/////',
      'POP_TOTAL/2024/////',
      'POP_TOTAL/2024/////Bab Souika',
      'POP_TOTAL/2024/////Medina',
      'POP_TOTAL/2024//Y15T24///',
      'POP_TOTAL/2024/F////',
      'POP_TOTAL/2024/M////',
    ]);
    const ci = page.rows.find((r) => r.origin === 'CI' && r.period === '2024');
    expect(ci).toMatchObject({
      value: 80,
      flags: { estimate: true, provisional: false, confidential: false },
      source: { citation: 'Register of foreign residents' },
      note: 'largest group, 50% women',
    });
    expect(page.rows.find((r) => r.indicator === 'MIG_FOREIGN_SHARE')?.value).toBe(2.5);
  });

  it('filters by indicator, domain, period, breakdown (\'\' = total) and text in the note or citation', async () => {
    const t = current.t;
    const keys = async (filter: ObservationPageQuery['filter']) => (await allRows(t, { filter })).map(keyText);
    const total = async (filter: ObservationPageQuery['filter']) => (await t.call('observations.page', { filter, limit: 1 })).total;

    expect(await keys({ indicators: ['MIG_FOREIGN_RES', 'GOV_STRATEGY'] })).toEqual([
      'GOV_STRATEGY/2024/////',
      'MIG_FOREIGN_RES/2023/////',
      'MIG_FOREIGN_RES/2023////CI/',
      'MIG_FOREIGN_RES/2024/////',
      'MIG_FOREIGN_RES/2024////CI/',
    ]);
    expect(await keys({ domain: 'governance' })).toEqual(['GOV_STRATEGY/2024/////']);
    expect(await total({ domain: 'population' })).toBe(12);
    expect(await keys({ periods: ['2023'] })).toEqual(['MIG_FOREIGN_RES/2023/////', 'MIG_FOREIGN_RES/2023////CI/', 'POP_TOTAL/2023/////']);
    expect(await total({ periods: ['2023', '2024'] })).toBe(13);
    expect(await keys({ breakdown: { sex: ['F', 'M'] } })).toEqual(['POP_TOTAL/2024/F////', 'POP_TOTAL/2024/M////']);
    expect(await keys({ breakdown: { area: ['Medina'] } })).toEqual(['POP_TOTAL/2024/////Medina']);
    expect(await total({ breakdown: { origin: [''] } })).toBe(11);
    expect(await keys({ breakdown: { sex: [''], age: [''], status: [''], origin: [''], area: [''] } })).toEqual([
      'GOV_STRATEGY/2024/////',
      'MIG_FOREIGN_RES/2023/////',
      'MIG_FOREIGN_RES/2024/////',
      'MIG_FOREIGN_SHARE/2024/////',
      'POP_TOTAL/2023/////',
      'POP_TOTAL/2024/////',
    ]);
    expect(await keys({ indicators: ['POP_TOTAL'], periods: ['2024'], breakdown: { sex: [''] } })).toEqual([
      'POP_TOTAL/2024/////',
      'POP_TOTAL/2024/////Bab Souika',
      'POP_TOTAL/2024/////Medina',
      'POP_TOTAL/2024//Y15T24///',
    ]);

    // Text: the note, or the source's citation, case-insensitively; % and _ are plain characters.
    expect(await keys({ text: 'revised' })).toEqual(['POP_TOTAL/2024/////']);
    expect(await keys({ text: 'MARCH' })).toEqual(['GOV_STRATEGY/2024/////']);
    expect(await total({ text: 'register of' })).toBe(4);
    expect(await keys({ text: '50%' })).toEqual(['MIG_FOREIGN_RES/2024////CI/']);
    expect(await keys({ text: '%' })).toEqual(['MIG_FOREIGN_RES/2024////CI/']);
    expect(await total({ text: '_' })).toBe(0);
    expect(await total({ text: 'nowhere to be found' })).toBe(0);
    expect(await total({ indicators: ['EDU_DROPOUT'] })).toBe(0);
  });

  it('sorts by every column in both directions, ties in key order', async () => {
    const t = current.t;
    const everything = await allRows(t);
    const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const byKey = (a: ObservationRow, b: ObservationRow) => compareText(keyText(a), keyText(b));
    for (const column of sortColumns) {
      for (const descending of [false, true]) {
        const expected = [...everything].sort((a, b) => {
          const primary = column === 'value' ? a.value - b.value : compareText(a[column], b[column]);
          return (descending ? -primary : primary) || byKey(a, b);
        });
        const rows = await allRows(t, { sort: { column, descending } });
        expect(rows.map(keyText), `${column} ${descending ? 'descending' : 'ascending'}`).toEqual(expected.map(keyText));
      }
    }
    // Spot checks that the comparison above is about what a user sees.
    const byValue = await allRows(t, { sort: { column: 'value', descending: true } });
    expect(byValue.map((r) => r.value).slice(0, 3)).toEqual([1100, 1000, 700]);
    const byArea = await allRows(t, { sort: { column: 'area', descending: true } });
    expect(byArea.map((r) => r.area).slice(0, 2)).toEqual(['Medina', 'Bab Souika']);
    // Ties (11 rows without an area) come in key order whatever the direction.
    expect(byArea.slice(2).map(keyText)).toEqual(everything.filter((r) => r.area === '').map(keyText));
  });

  it('answers a window (offset, limit) of the sorted rows and the total of the whole selection', async () => {
    const t = current.t;
    const sort = { column: 'value', descending: true } as const;
    const full = await allRows(t, { sort });
    const window = await t.call('observations.page', { sort, offset: 3, limit: 4 });
    expect(window.total).toBe(13);
    expect(window.offset).toBe(3);
    expect(window.rows.map(keyText)).toEqual(full.slice(3, 7).map(keyText));
    expect(window.rows.map((r) => r.value)).toEqual([600, 500, 450, 300]);
    const last = await t.call('observations.page', { sort, offset: 12, limit: 5 });
    expect(last.rows.map(keyText)).toEqual([keyText(full[12] ?? key('none', '0000'))]);
    expect(last.rows[0]?.value).toBe(1);
    const beyond = await t.call('observations.page', { sort, offset: 40, limit: 5 });
    expect(beyond).toEqual({ total: 13, offset: 40, rows: [] });
    const filtered = await t.call('observations.page', { filter: { indicators: ['POP_TOTAL'] }, offset: 5, limit: 10 });
    expect(filtered.total).toBe(7);
    expect(filtered.rows.map(keyText)).toEqual(['POP_TOTAL/2024/F////', 'POP_TOTAL/2024/M////']);
    expect((await failure(t, 'observations.page', { limit: 1001 })).code).toBe('invalid_input');
  });

  it('hangs each warning on its row: parts over the total on the total row, an outlier on the row itself', async () => {
    const rows = await allRows(current.t);
    const warned = rows.filter((r) => r.warnings.length > 0);
    expect(warned.map(keyText)).toEqual(['MIG_FOREIGN_RES/2024////CI/', 'POP_TOTAL/2024/////']);
    const parts = rows.find((r) => keyText(r) === 'POP_TOTAL/2024/////');
    expect(parts?.warnings).toEqual([
      {
        code: 'parts_exceed_total',
        message: 'The sex breakdown adds up to 1300, more than the total 1100 (POP_TOTAL, 2024).',
        params: { indicator: 'POP_TOTAL', period: '2024', dimension: 'sex', parts: 1300, total: 1100 },
      },
    ]);
    const outlier = rows.find((r) => keyText(r) === 'MIG_FOREIGN_RES/2024////CI/');
    expect(outlier?.warnings).toEqual([
      {
        code: 'outlier',
        message: '80 is far from 20 in 2023 (MIG_FOREIGN_RES); check it.',
        params: { indicator: 'MIG_FOREIGN_RES', period: '2024', value: 80, previous: 20, previousPeriod: '2023' },
      },
    ]);
    // The same warnings on a page that shows only those rows.
    const page = await allRows(current.t, { filter: { breakdown: { origin: ['CI'] }, periods: ['2024'] } });
    expect(page.map((r) => r.warnings.map((w) => w.code))).toEqual([['outlier']]);
    const totals = await allRows(current.t, { filter: { indicators: ['POP_TOTAL'], breakdown: { sex: [''], age: [''], area: [''] } } });
    expect(totals.map((r) => [r.period, r.warnings.map((w) => w.code)])).toEqual([
      ['2023', []],
      ['2024', ['parts_exceed_total']],
    ]);
  });
});

describe('observations table: edits', () => {
  const current = freshCoreForEachTest();
  beforeEach(async () => {
    await current.t.call('city.setup', tunisSetup);
    addDistricts(current.t, ['Medina', 'Bab Souika']);
    await importLines(current.t, current.dir, seedLines);
    expect(expectCoverageMatches(current.t)).toBeGreaterThan(0);
  });

  it('saves a new row typed with labels and numbers as people write them, storing codes', async () => {
    const t = current.t;
    const saved = await t.call('observations.save', {
      original: null,
      draft: { indicator: 'REF_ASY_REGISTERED', period: '2024', sex: 'Femmes', age: '15-24 ans', status: 'Réfugiés', value: '1 234', source: 'HCR 2024', note: 'annual report' },
    });
    expect(saved.replaced).toBeNull();
    expect(saved.row).toMatchObject({
      indicator: 'REF_ASY_REGISTERED',
      period: '2024',
      sex: 'F',
      age: 'Y15T24',
      status: 'REF',
      origin: '',
      area: '',
      value: 1234,
      flags: { estimate: false, provisional: false, confidential: false },
      source: { citation: 'HCR 2024' },
      note: 'annual report',
      warnings: [],
    });
    expect(dump(t).find((r) => r.indicator === 'REF_ASY_REGISTERED')).toMatchObject({ sex: 'F', age: 'Y15T24', status: 'REF', value: 1234, note: 'annual report' });

    const share = await t.call('observations.save', {
      original: null,
      draft: { indicator: "Part des résidents étrangers dans la population", period: 'T3 2024', value: '2,75', decimalComma: true, source: 'Census 2024', flags: { estimate: true, provisional: true, confidential: false } },
    });
    expect(share.row).toMatchObject({ indicator: 'MIG_FOREIGN_SHARE', period: '2024-Q3', value: 2.75, flags: { estimate: true, provisional: true, confidential: false } });
    expect(dump(t).find((r) => r.indicator === 'MIG_FOREIGN_SHARE' && r.period === '2024-Q3')).toMatchObject({ value: 2.75, is_estimate: 1, is_provisional: 1, is_confidential: 0 });

    const answer = await t.call('observations.save', { original: null, draft: { indicator: 'GOV_COORD_BODY', period: '2024', value: 'partiel', source: 'Conseil municipal' } });
    expect(answer.row.value).toBe(0.5);
    expectCoverageMatches(t);
  });

  it('refuses an invalid draft with invalid_input, an issue on each wrong field, and writes nothing', async () => {
    const t = current.t;
    const before = dump(t);
    const sourcesBefore = sourceCount(t);
    const good = { indicator: 'POP_TOTAL', period: '2022', value: '900', source: 'A source never cited before' };
    const cases: [Partial<typeof good> & Record<string, unknown>, string[]][] = [
      [{ indicator: 'NOT_AN_INDICATOR' }, ['indicator']],
      [{ indicator: '' }, ['indicator']],
      [{ period: '24' }, ['period']],
      [{ period: '2024-13' }, ['period']],
      [{ period: '' }, ['period']],
      [{ sex: 'Q' }, ['sex']],
      [{ status: 'Réfugiés' }, ['status']],
      [{ value: 'abc' }, ['value']],
      [{ value: '' }, ['value']],
      [{ value: '-5' }, ['value']],
      [{ value: '12.5' }, ['value']],
      [{ value: '1,5' }, ['value']],
      [{ indicator: 'MIG_FOREIGN_SHARE', value: '120' }, ['value']],
      [{ indicator: 'GOV_STRATEGY', value: 'maybe' }, ['value']],
      [{ source: '' }, ['source']],
      [{ source: '   ' }, ['source']],
      [{ period: 'soon', value: 'many', source: '' }, ['period', 'source', 'value']],
    ];
    for (const [change, paths] of cases) {
      const error = await failure(t, 'observations.save', { original: null, draft: { ...good, ...change } });
      expect(error.code, JSON.stringify(change)).toBe('invalid_input');
      expect((error.issues ?? []).map((i) => i.path).sort(), JSON.stringify(change)).toEqual(paths);
      expect(error.issues?.every((i) => i.message.length > 0)).toBe(true);
    }
    // The same mistakes in an edit of an existing row change nothing either.
    const edit = await failure(t, 'observations.save', { original: key('POP_TOTAL', '2023'), draft: { ...good, period: '2023', value: 'x' } });
    expect(edit.code).toBe('invalid_input');
    expect(dump(t)).toEqual(before);
    expect(sourceCount(t)).toBe(sourcesBefore);
    expectCoverageMatches(t);
    // The draft is valid once corrected.
    await t.call('observations.save', { original: null, draft: good });
    expect(dump(t)).toHaveLength(before.length + 1);
  });

  it('keeps a note as long as the table allows (2,000 characters)', async () => {
    const t = current.t;
    const note = `${'Long methodological note. '.repeat(76)}end`;
    expect(note.length).toBeGreaterThan(1500);
    expect(note.length).toBeLessThanOrEqual(2000);
    const saved = await t.call('observations.save', { original: key('POP_TOTAL', '2023'), draft: { indicator: 'POP_TOTAL', period: '2023', value: '1000', source: 'Census 2023', note } });
    expect(saved.row.note).toBe(note);
    expect(dump(t).find((r) => r.indicator === 'POP_TOTAL' && r.period === '2023' && r.sex === '' && r.area === '')?.note).toBe(note);
    const tooLong = await failure(t, 'observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2022', value: '1', source: 'Census 2023', note: `${note}${'x'.repeat(2001 - note.length)}` } });
    expect(tooLong.code).toBe('invalid_input');
  });

  it('edits a row in place and answers what it replaced', async () => {
    const t = current.t;
    const before = dump(t).find((r) => r.indicator === 'MIG_FOREIGN_RES' && r.period === '2024' && r.origin === '');
    const saved = await t.call('observations.save', {
      original: key('MIG_FOREIGN_RES', '2024'),
      draft: { indicator: 'MIG_FOREIGN_RES', period: '2024', value: '520', source: 'Register of foreign residents', note: 'corrected' },
    });
    expect(saved.replaced).toEqual({ ...key('MIG_FOREIGN_RES', '2024'), value: 500, flags: { estimate: false, provisional: false, confidential: false }, source: uidOf(t, before?.source), note: '' });
    expect(saved.row).toMatchObject({ value: 520, note: 'corrected' });
    expect(dump(t).find((r) => r.indicator === 'MIG_FOREIGN_RES' && r.period === '2024' && r.origin === '')).toMatchObject({ value: 520, note: 'corrected' });
    expect(dump(t)).toHaveLength(13);
    expectCoverageMatches(t);
  });

  it('answers the saved row with its own warnings', async () => {
    const t = current.t;
    const saved = await t.call('observations.save', { original: null, draft: { indicator: 'MIG_FOREIGN_RES', period: '2025', value: '5000', source: 'Register of foreign residents' } });
    expect(saved.row.warnings).toEqual([
      expect.objectContaining({ code: 'outlier', params: { indicator: 'MIG_FOREIGN_RES', period: '2025', value: 5000, previous: 500, previousPeriod: '2024' } }),
    ]);
    const quiet = await t.call('observations.save', { original: null, draft: { indicator: 'MIG_FOREIGN_RES', period: '2022', value: '440', source: 'Register of foreign residents' } });
    expect(quiet.row.warnings).toEqual([]);
  });

  it('moves a row when its key changes, and undoes that with restore + remove', async () => {
    const t = current.t;
    const before = dump(t);
    const saved = await t.call('observations.save', {
      original: key('POP_TOTAL', '2023'),
      draft: { indicator: 'POP_TOTAL', period: '2022', sex: 'Female', value: '990', source: 'Census 2023' },
    });
    expect(saved.row).toMatchObject({ period: '2022', sex: 'F', value: 990 });
    expect(saved.replaced).toMatchObject({ ...key('POP_TOTAL', '2023'), value: 1000 });
    const popRows = (await allRows(t, { filter: { indicators: ['POP_TOTAL'], periods: ['2022', '2023'] } })).map(keyText);
    expect(popRows).toEqual(['POP_TOTAL/2022/F////']);
    expect(dump(t)).toHaveLength(13);
    expectCoverageMatches(t);

    // Undo: put the old row back and remove the moved one.
    const replaced = saved.replaced;
    if (!replaced) throw new Error('the save should answer what it replaced');
    const { indicator, period, sex, age, status, origin, area } = saved.row;
    const undone = await t.call('observations.restore', { rows: [replaced], remove: [{ indicator, period, sex, age, status, origin, area }] });
    expect(undone.restored).toBe(1);
    expect(dump(t)).toEqual(before);
    expectCoverageMatches(t);
  });

  it('moves a row to another indicator and keeps both indicators\' coverage right', async () => {
    const t = current.t;
    await t.call('observations.save', {
      original: key('MIG_FOREIGN_RES', '2023', { origin: 'CI' }),
      draft: { indicator: 'MIG_TOP_ORIGINS', period: '2023', origin: 'CI', value: '20', source: 'Register of foreign residents' },
    });
    expect(dump(t).filter((r) => r.origin === 'CI').map((r) => `${r.indicator}/${r.period}`)).toEqual(['MIG_FOREIGN_RES/2024', 'MIG_TOP_ORIGINS/2023']);
    expect(expectCoverageMatches(t)).toBe(11);
  });

  it('refuses to save onto another existing row (conflict) and changes nothing', async () => {
    const t = current.t;
    const before = dump(t);
    const sourcesBefore = sourceCount(t);
    const onto = await failure(t, 'observations.save', {
      original: key('POP_TOTAL', '2023'),
      draft: { indicator: 'POP_TOTAL', period: '2024', value: '5', source: 'A brand new source' },
    });
    expect(onto.code).toBe('conflict');
    const fresh = await failure(t, 'observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2024', sex: 'F', value: '5', source: 'Another new source' } });
    expect(fresh.code).toBe('conflict');
    expect(dump(t)).toEqual(before);
    expect(sourceCount(t)).toBe(sourcesBefore);
    expectCoverageMatches(t);
  });

  it('answers not_found when the row being edited is no longer there, and writes nothing', async () => {
    const t = current.t;
    const before = dump(t);
    const sourcesBefore = sourceCount(t);
    const gone = await failure(t, 'observations.save', {
      original: key('POP_TOTAL', '1999'),
      draft: { indicator: 'POP_TOTAL', period: '1999', value: '5', source: 'A brand new source' },
    });
    expect(gone.code).toBe('not_found');
    await t.call('observations.delete', { keys: [key('POP_TOTAL', '2023')] });
    const deleted = await failure(t, 'observations.save', { original: key('POP_TOTAL', '2023'), draft: { indicator: 'POP_TOTAL', period: '2023', value: '1001', source: 'Census 2023' } });
    expect(deleted.code).toBe('not_found');
    expect(dump(t)).toEqual(before.filter((r) => !(r.indicator === 'POP_TOTAL' && r.period === '2023')));
    expect(sourceCount(t)).toBe(sourcesBefore);
  });

  it('creates a source for a new citation and reuses it afterwards', async () => {
    const t = current.t;
    const sources = async () => (await t.call('sources.list', {})).filter((s) => s.citation === 'Municipal survey 2024');
    expect(await sources()).toEqual([]);
    const first = await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2022', value: '950', source: 'Municipal survey 2024' } });
    const second = await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2021', value: '940', source: 'Municipal survey 2024' } });
    expect(second.row.source).toEqual(first.row.source);
    const listed = await sources();
    expect(listed).toEqual([expect.objectContaining({ id: first.row.source.id, citation: 'Municipal survey 2024', observations: 2, publisher: '', year: null })]);
    const census = (await t.call('sources.list', {})).filter((s) => s.citation === 'Census 2024');
    expect(census).toEqual([expect.objectContaining({ observations: 7 })]);
  });

  it('deletes rows and answers them as they were; restore puts them back exactly (undo)', async () => {
    const t = current.t;
    const before = dump(t);
    const ciSource = before.find((r) => r.origin === 'CI' && r.period === '2024')?.source;
    const { removed } = await t.call('observations.delete', {
      keys: [key('POP_TOTAL', '2024', { sex: 'F' }), key('MIG_FOREIGN_RES', '2024', { origin: 'CI' }), key('POP_TOTAL', '1999'), key('GOV_STRATEGY', '2024')],
    });
    expect(removed).toEqual([
      { ...key('POP_TOTAL', '2024', { sex: 'F' }), value: 700, flags: { estimate: false, provisional: false, confidential: false }, source: expect.any(String), note: '' },
      { ...key('MIG_FOREIGN_RES', '2024', { origin: 'CI' }), value: 80, flags: { estimate: true, provisional: false, confidential: false }, source: uidOf(t, ciSource), note: 'largest group, 50% women' },
      { ...key('GOV_STRATEGY', '2024'), value: 1, flags: { estimate: false, provisional: false, confidential: false }, source: expect.any(String), note: 'adopted in March' },
    ]);
    expect(dump(t)).toHaveLength(10);
    expect((await allRows(t)).map(keyText)).not.toContain('POP_TOTAL/2024/F////');
    // Nothing of GOV_STRATEGY is left, so its coverage is gone too.
    expect(expectCoverageMatches(t)).toBe(9);
    expect((await t.call('dashboard.gaps', {})).indicators.find((i) => i.code === 'GOV_STRATEGY')?.cells).toEqual([]);

    const { restored } = await t.call('observations.restore', { rows: removed });
    expect(restored).toBe(3);
    expect(dump(t)).toEqual(before);
    expect(expectCoverageMatches(t)).toBe(11);
    // Restoring again changes nothing.
    await t.call('observations.restore', { rows: removed });
    expect(dump(t)).toEqual(before);
  });

  it('undoes an edit in place by restoring what it replaced', async () => {
    const t = current.t;
    const before = dump(t);
    const saved = await t.call('observations.save', {
      original: key('MIG_FOREIGN_RES', '2024', { origin: 'CI' }),
      draft: { indicator: 'MIG_FOREIGN_RES', period: '2024', origin: 'CI', value: '81', source: 'Other register', note: '' },
    });
    expect(saved.row.flags.estimate).toBe(false);
    if (!saved.replaced) throw new Error('the save should answer what it replaced');
    await t.call('observations.restore', { rows: [saved.replaced] });
    expect(dump(t)).toEqual(before);
    expectCoverageMatches(t);
  });

  it('refuses to restore a row whose source is gone, changing nothing', async () => {
    const t = current.t;
    const before = dump(t);
    const error = await failure(t, 'observations.restore', {
      rows: [{ ...key('POP_TOTAL', '2019'), value: 1, flags: { estimate: false, provisional: false, confidential: false }, source: 'no-such-source', note: '' }],
      remove: [key('POP_TOTAL', '2023')],
    });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: 'source', problem: { code: 'unknown_source' } }] });
    expect(dump(t)).toEqual(before);
  });
});

describe('observations table: sample city coverage', () => {
  const current = freshCoreForEachTest();

  it('counts the sample city into the coverage table and drops it with the sample', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    expect(expectCoverageMatches(t)).toBeGreaterThan(150);
    await t.call('observations.delete', { keys: [key('POP_TOTAL', '2024'), key('POP_TOTAL', '2024', { sex: 'F' })] });
    expectCoverageMatches(t);
    await t.call('city.leaveSample', {});
    expect(expectCoverageMatches(t)).toBe(0);
    expect(dump(t)).toEqual([]);
  });
});
