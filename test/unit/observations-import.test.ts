import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { locateApp } from '../../electron/cli/app-root';
import { runCli } from '../../electron/cli/run-cli';
import { openTestCore, tempDir, tunisSetup } from '../support/temp-core';

async function focal(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, locateApp(), { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const header = 'indicator,period,sex,age,status,origin,area,value,source,note,flags';
const Summary = z.object({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
});

describe('observations import (CLI)', () => {
  let folder: ReturnType<typeof tempDir>;
  const data = () => join(folder.dir, 'data');
  const file = (name: string, text: string | Buffer) => {
    const path = join(folder.dir, name);
    writeFileSync(path, text);
    return path;
  };
  const rows = () => {
    const db = new Database(join(data(), 'store', 'focal.sqlite'), { readonly: true });
    try {
      return z
        .array(z.object({ indicator: z.string(), period: z.string(), sex: z.string(), age: z.string(), status: z.string(), origin: z.string(), value: z.number(), is_estimate: z.number() }))
        .parse(db.prepare('SELECT indicator, period, sex, age, status, origin, value, is_estimate FROM observations ORDER BY indicator, period, sex, age, status, origin').all());
    } finally {
      db.close();
    }
  };
  const importJson = async (path: string, ...extra: string[]) => {
    const result = await focal('observations', 'import', '--data', data(), path, '--json', ...extra);
    return { code: result.code, err: result.err, summary: Summary.parse(JSON.parse(result.out)) };
  };

  beforeEach(async () => {
    folder = tempDir();
    expect((await focal('init', '--data', data(), '--city', 'tunis', '--name', 'Tunis', '--country', 'TN')).code).toBe(0);
  });
  afterEach(() => folder.remove());

  it('imports the tidy format, then reports unchanged and updated rows on the next imports', async () => {
    const text = [
      header,
      'POP_TOTAL,2023,,,,,,1070388,National census 2023,,',
      'POP_TOTAL,2024,,,,,,1077512,National census 2023,,provisional',
      'POP_TOTAL,2024,F,,,,,548210,National census 2023,,provisional',
      'MIG_FOREIGN_RES,2024,,,,CI,,4210,Register of foreign residents,"Côte d\'Ivoire, largest group",estimate',
    ].join('\n');
    const first = await importJson(file('profile.csv', text));
    expect(first).toMatchObject({ code: 0, summary: { created: 4, updated: 0, unchanged: 0, errors: [] } });
    expect(rows()).toHaveLength(4);
    expect(rows().find((r) => r.origin === 'CI')).toMatchObject({ value: 4210, is_estimate: 1 });

    const again = await importJson(file('profile.csv', text));
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 4 });

    const changed = await importJson(file('profile.csv', text.replace('1077512', '1077600')));
    expect(changed.summary).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    expect(rows().find((r) => r.indicator === 'POP_TOTAL' && r.period === '2024' && r.sex === '')?.value).toBe(1077600);
  });

  it('refuses the whole file when any row is wrong, naming each row (file line) and column, and writes nothing', async () => {
    await importJson(file('base.csv', `${header}\nPOP_TOTAL,2023,,,,,,1000,Census,,`));
    const before = rows();
    const text = [
      header,
      'POP_TOTAL,2024,,,,,,1100,Census,,', // fine, but must not be written
      'NOT_AN_INDICATOR,2024,,,,,,5,Census,,',
      'POP_TOTAL,24,,,,,,5,Census,,',
      'MIG_FOREIGN_SHARE,2024,,,,,,120,Census,,',
      'POP_TOTAL,2022,,,,,,-4,Census,,',
      'POP_TOTAL,2021,,,,,,12.5,Census,,',
      'POP_TOTAL,2020,Q,,,,,5,Census,,',
      'POP_TOTAL,2019,,,REF,,,5,Census,,',
      'POP_TOTAL,2018,,,,,,5,,,',
      'POP_TOTAL,2024,,,,,,1100,Census,,',
      'POP_TOTAL,2017,,,,,,5,Census,,,extra',
      'POP_TOTAL,2016,,,,,,abc,Census,,',
      'POP_TOTAL,2015,,,,,,5,Census,,maybe',
    ].join('\r\n');
    const result = await importJson(file('bad.csv', text));
    expect(result.code).toBe(1);
    const problems = result.summary.errors.map((e) => [e.row, e.column]);
    expect(problems).toEqual([
      [3, 'indicator'],
      [4, 'period'],
      [5, 'value'],
      [6, 'value'],
      [7, 'value'],
      [8, 'sex'],
      [9, 'status'],
      [10, 'source'],
      // In the order of the file, though the repeat is found after all rows are read.
      [11, ''],
      [12, ''],
      [13, 'value'],
      [14, 'flags'],
    ]);
    const messages = result.summary.errors.map((e) => e.message);
    expect(messages[0]).toContain('"NOT_AN_INDICATOR" is not an indicator');
    expect(messages[2]).toContain('outside 0–100');
    expect(messages[3]).toContain('negative');
    expect(messages[4]).toContain('not a whole number');
    expect(messages[6]).toContain('POP_TOTAL is not broken down by status');
    expect(messages[8]).toContain('Same indicator, period and breakdown as line 2');
    expect(rows()).toEqual(before);
  });

  it('reads labels in any interface language instead of codes', async () => {
    const text = [
      header,
      'MIG_FOREIGN_RES,2024,Femmes,,,,,100,Recensement,,',
      'MIG_FOREIGN_RES,2024,Male,,,,,120,Recensement,,',
      'MIG_FOREIGN_RES,2023,أنثى,,,,,90,Recensement,,',
      'MIG_FOREIGN_RES,2024,,15-24 ans,,,,40,Recensement,,',
      'MIG_FOREIGN_RES,2024,,,,Côte d’Ivoire,,60,Recensement,,',
      'MIG_FOREIGN_RES,2024,Total,,,,,220,Recensement,,',
      'REF_ASY_REGISTERED,2024,,,Réfugiés,,,30,HCR,,',
      "REF_ASY_REGISTERED,2024,,,demandeurs d'asile,,,50,HCR,,",
      'REF_ASY_REGISTERED,2024,,,,,,80,HCR,,',
      'GOV_STRATEGY,2024,,,,,,oui,Conseil municipal,,',
    ].join('\n');
    const result = await importJson(file('labels.csv', text));
    expect(result.summary.errors).toEqual([]);
    const keys = rows().map((r) => `${r.indicator}/${r.period}/${r.sex}/${r.age}/${r.status}/${r.origin}=${r.value}`);
    expect(keys).toEqual([
      'GOV_STRATEGY/2024////=1',
      'MIG_FOREIGN_RES/2023/F///=90',
      'MIG_FOREIGN_RES/2024////=220',
      'MIG_FOREIGN_RES/2024////CI=60',
      'MIG_FOREIGN_RES/2024//Y15T24//=40',
      'MIG_FOREIGN_RES/2024/F///=100',
      'MIG_FOREIGN_RES/2024/M///=120',
      'REF_ASY_REGISTERED/2024////=80',
      'REF_ASY_REGISTERED/2024///ASY/=50',
      'REF_ASY_REGISTERED/2024///REF/=30',
    ]);
  });

  it('warns (without blocking) when parts exceed their total or a value jumps far from the previous period', async () => {
    const text = [
      header,
      'MIG_FOREIGN_RES,2023,,,,,,1000,Census,,',
      'MIG_FOREIGN_RES,2024,,,,,,3000,Census,,',
      'MIG_FOREIGN_RES,2024,F,,,,,2000,Census,,',
      'MIG_FOREIGN_RES,2024,M,,,,,1500,Census,,',
    ].join('\n');
    const result = await focal('observations', 'import', '--data', data(), file('warn.csv', text));
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/warning: line 3, value: 3000 is far from 1000 in 2023/);
    expect(result.out).toMatch(/warning: line \d, sex: The sex breakdown adds up to 3500, more than the total 3000/);
    expect(rows()).toHaveLength(4);
  });

  it('checks a file that is not grouped by indicator as thoroughly as one that is (coverage and warnings)', async () => {
    // MIG_FOREIGN_RES comes back after POP_TOTAL: the checks made while reading cannot be trusted
    // and are made again over the stored rows.
    const text = [
      header,
      'MIG_FOREIGN_RES,2023,,,,,,1000,Census,,',
      'POP_TOTAL,2023,,,,,,50000,Census,,',
      'MIG_FOREIGN_RES,2024,F,,,,,2000,Census,,',
      'MIG_FOREIGN_RES,2024,,,,,,3000,Census,,',
      'MIG_FOREIGN_RES,2024,M,,,,,1500,Census,,',
      'POP_TOTAL,2024,,,,,,51000,Census,,',
    ].join('\n');
    const result = await focal('observations', 'import', '--data', data(), file('interleaved.csv', text));
    expect(result.code).toBe(0);
    // Each warning names its own row, not the first line of its indicator and period (line 4).
    expect(result.out).toMatch(/warning: line 5, value: 3000 is far from 1000 in 2023/);
    expect(result.out).toMatch(/warning: line 6, sex: The sex breakdown adds up to 3500, more than the total 3000/);
    const db = new Database(join(data(), 'store', 'focal.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT indicator, period, shape, rows FROM observation_coverage ORDER BY indicator, period, shape').all()).toEqual([
        { indicator: 'MIG_FOREIGN_RES', period: '2023', shape: 0, rows: 1 },
        { indicator: 'MIG_FOREIGN_RES', period: '2024', shape: 0, rows: 1 },
        { indicator: 'MIG_FOREIGN_RES', period: '2024', shape: 1, rows: 2 },
        { indicator: 'POP_TOTAL', period: '2023', shape: 0, rows: 1 },
        { indicator: 'POP_TOTAL', period: '2024', shape: 0, rows: 1 },
      ]);
    } finally {
      db.close();
    }
  });

  it('a dry run checks everything and writes nothing; an applied import leaves a backup, a failed one does not', async () => {
    const good = file('good.csv', `${header}\nPOP_TOTAL,2024,,,,,,1000,Census,,`);
    const dry = await importJson(good, '--dry-run');
    expect(dry).toMatchObject({ code: 0, summary: { created: 1 } });
    expect(rows()).toEqual([]);
    const bad = await importJson(file('bad.csv', `${header}\nPOP_TOTAL,2024,,,,,,x,Census,,`));
    expect(bad.code).toBe(1);
    const backupFiles = () => readdirNames(join(data(), 'backups')).filter((n) => n.includes('before-import'));
    expect(backupFiles()).toEqual([]);
    await importJson(good);
    expect(backupFiles()).toHaveLength(1);
  });

  it('reports a malformed file (unclosed quote) as an error at its line and writes nothing', async () => {
    const result = await importJson(file('broken.csv', `${header}\nPOP_TOTAL,2024,,,,,,1000,Census,"open quote,\nPOP_TOTAL,2023,,,,,,900,Census,,\n`));
    expect(result.code).toBe(1);
    expect(result.summary.errors).toEqual([expect.objectContaining({ row: 2, message: expect.stringContaining('never closed') })]);
    expect(rows()).toEqual([]);
  });

  it('reports a missing required column once, on the header line', async () => {
    const result = await importJson(file('nosource.csv', 'indicator,period,value\nPOP_TOTAL,2024,5\n'));
    expect(result.code).toBe(1);
    expect(result.summary.errors).toEqual([{ row: 1, column: 'source', message: 'No column holds the source, and no value was given for it.' }]);
  });

  it('exits 1 with one line when the file does not exist or is not CSV/XLSX', async () => {
    const missing = await focal('observations', 'import', '--data', data(), join(folder.dir, 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/There is no file at/);
    const wrong = await focal('observations', 'import', '--data', data(), file('notes.docx', 'x'));
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/imports CSV and XLSX files/);
    expect(readFileSync(join(folder.dir, 'notes.docx'), 'utf8')).toBe('x');
  });
});

function readdirNames(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

describe('year columns of a wide sheet', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => (folder = tempDir()));
  afterEach(() => folder.remove());

  it('are read as periods ("2021 Q3" → 2021-Q3), and a column whose period cannot be read stops the import', async () => {
    const t = openTestCore(join(folder.dir, 'data'));
    try {
      await t.call('city.setup', tunisSetup);
      const csv = join(folder.dir, 'wide.csv');
      writeFileSync(csv, 'indicator,source,2021 Q3,2019-20\nPOP_TOTAL,Census,1000,900\n');
      const preview = await t.call('imports.preview', { file: t.core.registerImportFile(csv), sheet: null });
      const run = (periodColumns: { column: number; period: string }[]) =>
        t.call('imports.start', { file: preview.file, mapping: { ...preview.mapping, periodColumns }, dryRun: false });
      const refused = await run([
        { column: 2, period: '2021 Q3' },
        { column: 3, period: '2019-20' },
      ]);
      expect(refused.summary?.errors).toEqual([expect.objectContaining({ row: 1, column: '2019-20', code: 'bad_period' })]);
      expect(refused.summary?.applied).toBe(false);
      const done = await run([{ column: 2, period: '2021 Q3' }]);
      expect(done.summary).toMatchObject({ created: 1, applied: true });
      const page = await t.call('observations.page', {});
      expect(page.rows.map((r) => r.period)).toEqual(['2021-Q3']);
    } finally {
      t.close();
    }
  });
});
