import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { writeXlsx } from '../../electron/core/files/xlsx';
import { dataPaths } from '../../electron/core/paths';
import type { ImportJob } from '../../shared/domain/observation-import';
import { addDistricts } from '../support/districts';
import { freshCoreForEachTest, repoRoot, tunisSetup, type TestCore } from '../support/temp-core';

const importWorker = join(repoRoot, 'dist/workers/import-worker.mjs');
const header = 'indicator,period,sex,age,status,origin,area,value,source,note,flags';

/** POP_TOTAL by district (the open `area` list) for every year 1900–2100: unique keys, all valid. */
/** The districts bigCsv names: the city must have them before its figures can name them. */
function bigCsvDistricts(areas: number): string[] {
  return Array.from({ length: areas }, (_, a) => `District ${String(a).padStart(4, '0')}`);
}

function bigCsv(path: string, areas: number): number {
  const lines = [header];
  for (let a = 0; a < areas; a += 1) {
    const area = `District ${String(a).padStart(4, '0')}`;
    for (let year = 1900; year <= 2100; year += 1) lines.push(`POP_TOTAL,${year},,,,,${area},${1000 + a},Civil registry,,`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return lines.length - 1;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function waitForJob(t: TestCore, started: ImportJob, onPoll: (job: ImportJob) => Promise<void> | void = () => undefined): Promise<ImportJob> {
  let job = started;
  const deadline = Date.now() + 120_000;
  while (job.state === 'running') {
    if (Date.now() > deadline) throw new Error('the import job did not finish in two minutes');
    await sleep(2);
    job = await t.call('imports.job', { job: job.job });
    await onPoll(job);
  }
  return job;
}

function count(t: TestCore, sql: string): number {
  return z.object({ n: z.number() }).parse(t.core.store.db.prepare(sql).get()).n;
}

function integrity(t: TestCore): unknown {
  return t.core.store.db.pragma('integrity_check', { simple: true });
}

function expectCoverageMatches(t: TestCore): void {
  const Coverage = z.array(z.object({ indicator: z.string(), period: z.string(), shape: z.number(), rows: z.number() }));
  const recount = Coverage.parse(
    t.core.store.db
      .prepare(
        `SELECT indicator, period,
                (CASE WHEN sex = '' THEN 0 ELSE 1 END) + (CASE WHEN age = '' THEN 0 ELSE 2 END) + (CASE WHEN status = '' THEN 0 ELSE 4 END)
                  + (CASE WHEN origin = '' THEN 0 ELSE 8 END) + (CASE WHEN area = '' THEN 0 ELSE 16 END) AS shape,
                count(*) AS rows
           FROM observations GROUP BY indicator, period, shape ORDER BY indicator, period, shape`,
      )
      .all(),
  );
  expect(Coverage.parse(t.core.store.db.prepare('SELECT indicator, period, shape, rows FROM observation_coverage ORDER BY indicator, period, shape').all())).toEqual(recount);
}

async function startFile(t: TestCore, path: string, dryRun: boolean): Promise<ImportJob> {
  const file = t.core.registerImportFile(path);
  const preview = await t.call('imports.preview', { file, sheet: null });
  return t.call('imports.start', { file, mapping: preview.mapping, dryRun });
}

function importsDirFiles(t: TestCore): string[] {
  const dir = dataPaths(t.dataDir).importsDir;
  return existsSync(dir) ? readdirSync(dir) : [];
}

beforeAll(() => {
  if (!existsSync(importWorker)) throw new Error(`The import worker bundle ${importWorker} is missing: run \`npm run build\` first (npm test does).`);
});

describe('import jobs on a worker thread', () => {
  const current = freshCoreForEachTest({ importWorker });

  it('imports ~60,000 rows while the caller polls growing progress, then reports the summary', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    const rows = bigCsv(join(current.dir, 'big.csv'), 300);
    addDistricts(current.t, bigCsvDistricts(300));
    expect(rows).toBe(60_300);
    const started = await startFile(t, join(current.dir, 'big.csv'), false);
    expect(started).toMatchObject({ state: 'running', dryRun: false, summary: null, error: null });

    const seen: number[] = [];
    const totalsSeen = new Set<number>();
    const done = await waitForJob(t, started, async (job) => {
      if (job.state !== 'running') return;
      seen.push(job.progress.rows);
      if (job.progress.rows > 0) expect(job.progress.done).toBeGreaterThan(0);
      expect(job.progress.done).toBeLessThanOrEqual(job.progress.total);
      // The core keeps answering reads while the worker writes, and never shows half an import.
      totalsSeen.add((await t.call('observations.page', { limit: 1 })).total);
    });
    expect(totalsSeen.has(0)).toBe(true);
    expect([...totalsSeen].every((n) => n === 0 || n === rows)).toBe(true);

    expect(done.state).toBe('done');
    expect(done.error).toBeNull();
    expect(done.summary).toMatchObject({ created: rows, updated: 0, unchanged: 0, rows, errorCount: 0, errors: [], applied: true, newSources: ['Civil registry'] });
    // Progress grew while the job ran: several distinct row counts, never going back.
    expect(seen.some((n) => n > 0 && n < rows)).toBe(true);
    expect(new Set(seen).size).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    expect(count(t, 'SELECT count(*) AS n FROM observations')).toBe(rows);
    expect(count(t, "SELECT count(*) AS n FROM observations WHERE area = 'District 0299' AND period = '2100' AND value = 1299")).toBe(1);
    expectCoverageMatches(t);
    expect((await t.call('dashboard.gaps', {})).periods).toHaveLength(201);
    expect(integrity(t)).toBe('ok');
  });

  it('cancels a running import: state cancelled, nothing written, the store intact and usable', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2024', value: '1000', source: 'Census' } });
    const rows = bigCsv(join(current.dir, 'big.csv'), 600);
    addDistricts(current.t, bigCsvDistricts(600));
    const started = await startFile(t, join(current.dir, 'big.csv'), false);
    let job = started;
    while (job.state === 'running' && job.progress.rows === 0) {
      await sleep(1);
      job = await t.call('imports.job', { job: started.job });
    }
    expect(job.state).toBe('running');
    expect(job.progress.rows).toBeLessThan(rows);
    const cancelling = await t.call('imports.cancel', { job: started.job });
    expect(cancelling.job).toBe(started.job);
    const final = await waitForJob(t, cancelling);
    expect(final.state).toBe('cancelled');
    expect(final.summary).toBeNull();

    expect(count(t, 'SELECT count(*) AS n FROM observations')).toBe(1);
    expect(count(t, "SELECT count(*) AS n FROM sources WHERE citation = 'Civil registry'")).toBe(0);
    expect(integrity(t)).toBe('ok');
    expectCoverageMatches(t);
    // The backup taken before the import is discarded with it.
    expect(readdirSync(dataPaths(t.dataDir).backupsDir).filter((name) => name.includes('before-import'))).toEqual([]);
    // Writes are accepted again, and cancelling a finished job changes nothing.
    await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2023', value: '990', source: 'Census' } });
    expect((await t.call('imports.cancel', { job: started.job })).state).toBe('cancelled');
    expect(count(t, 'SELECT count(*) AS n FROM observations')).toBe(2);
  });

  it('refuses other writes with conflict while an applying import runs, and accepts them after', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    const rows = bigCsv(join(current.dir, 'big.csv'), 300);
    addDistricts(current.t, bigCsvDistricts(300));
    writeFileSync(join(current.dir, 'small.csv'), `${header}\nPOP_TOTAL,2024,,,,,,5,Census,,\n`);
    const started = await startFile(t, join(current.dir, 'big.csv'), false);

    const save = await t.core.dispatch('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2024', value: '1000', source: 'Census' } });
    expect(save).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const { code: _code, ...details } = tunisSetup;
    const update = await t.core.dispatch('city.update', { ...details, names: { ...details.names, en: 'Tunis (changed)' } });
    expect(update).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const remove = await t.core.dispatch('observations.delete', { keys: [{ indicator: 'POP_TOTAL', period: '1900', sex: '', age: '', status: '', origin: '', area: 'District 0000' }] });
    expect(remove).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const small = t.core.registerImportFile(join(current.dir, 'small.csv'));
    const preview = await t.call('imports.preview', { file: small, sheet: null });
    const second = await t.core.dispatch('imports.start', { file: small, mapping: preview.mapping, dryRun: false });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // Reads still answer.
    expect((await t.call('app.status', {})).city?.names.en).toBe('Tunis');

    const done = await waitForJob(t, started);
    expect(done.state).toBe('done');
    expect(count(t, 'SELECT count(*) AS n FROM observations')).toBe(rows);
    expect((await t.call('app.status', {})).city?.names.en).toBe('Tunis');
    await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2024', value: '1000', source: 'Census' } });
    expect(count(t, 'SELECT count(*) AS n FROM observations')).toBe(rows + 1);
    expectCoverageMatches(t);
  });

  it('runs a dry run to the end and writes nothing', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    const rows = bigCsv(join(current.dir, 'big.csv'), 50);
    addDistricts(current.t, bigCsvDistricts(50));
    const started = await startFile(t, join(current.dir, 'big.csv'), true);
    expect(started.dryRun).toBe(true);
    const done = await waitForJob(t, started);
    expect(done.state).toBe('done');
    expect(done.summary).toMatchObject({ created: rows, rows, errorCount: 0, applied: false, newSources: ['Civil registry'] });
    expect(count(t, 'SELECT count(*) AS n FROM observations')).toBe(0);
    expect(count(t, 'SELECT count(*) AS n FROM sources')).toBe(0);
    expect(count(t, 'SELECT count(*) AS n FROM observation_coverage')).toBe(0);
    expect(existsSync(dataPaths(t.dataDir).backupsDir) ? readdirSync(dataPaths(t.dataDir).backupsDir).filter((n) => n.includes('before-import')) : []).toEqual([]);
    expect(integrity(t)).toBe('ok');
  });

  it('refuses other writes plainly (conflict) during a dry run too, which holds the store while it checks', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2024', value: '1000', source: 'Census' } });
    bigCsv(join(current.dir, 'big.csv'), 300);
    addDistricts(current.t, bigCsvDistricts(300));
    const started = await startFile(t, join(current.dir, 'big.csv'), true);
    // Write again and again while the check runs: each attempt is refused the same plain way,
    // never with the busy store's storage error, and none slips in.
    const answers: string[] = [];
    let job = started;
    let attempt = 0;
    while (job.state === 'running') {
      attempt += 1;
      const answer = await t.core.dispatch('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: String(1900 + attempt), value: '1', source: 'Census' } });
      answers.push(answer.ok ? 'saved' : answer.error.code);
      const other = await t.core.dispatch('imports.start', { file: t.core.registerImportFile(join(current.dir, 'big.csv')), mapping: {}, dryRun: false });
      answers.push(other.ok ? 'started' : other.error.code);
      await sleep(5);
      job = await t.call('imports.job', { job: started.job });
    }
    expect(job.state).toBe('done');
    expect(job.summary).toMatchObject({ applied: false, errorCount: 0 });
    expect(answers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(answers)).toEqual(new Set(['conflict']));
    expect(count(t, 'SELECT count(*) AS n FROM observations')).toBe(1);
    // Once it is done, writes are accepted.
    await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2023', value: '990', source: 'Census' } });
    expect(count(t, 'SELECT count(*) AS n FROM observations')).toBe(2);
    expectCoverageMatches(t);
  });

  it('reports row errors from the worker and writes nothing', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    writeFileSync(join(current.dir, 'bad.csv'), `${header}\nPOP_TOTAL,2024,,,,,,1000,Census,,\nPOP_TOTAL,24,,,,,,5,Census,,\nNOPE,2024,,,,,,5,Census,,\n`);
    const done = await waitForJob(t, await startFile(t, join(current.dir, 'bad.csv'), false));
    expect(done.state).toBe('done');
    expect(done.summary).toMatchObject({ applied: false, errorCount: 2 });
    expect(done.summary?.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'period'],
      [4, 'indicator'],
    ]);
    expect(count(t, 'SELECT count(*) AS n FROM observations')).toBe(0);
  });
});

describe('uploads', () => {
  const current = freshCoreForEachTest({ importWorker });

  it('assembles an upload sent in several chunks, previews it, and imports it', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    await t.call('districts.save', { code: 'MEDINA', name: { en: 'Medina', fr: 'Médina', ar: 'المدينة العتيقة' } });
    const text = [
      header,
      'POP_TOTAL,2023,,,,,,1070388,Recensement national,,',
      'POP_TOTAL,2024,Femmes,,,,,548210,Recensement national,,',
      'POP_TOTAL,2024,,,,,المدينة العتيقة,98000,Recensement national,ملاحظة,',
      'REF_ASY_REGISTERED,2024,,,Réfugiés,,,3214,HCR,,',
    ].join('\r\n');
    const bytes = Buffer.from(text, 'utf8');
    // Cut inside the Arabic text too: the chunks are bytes, not characters.
    const cuts = [0, 7, 60, bytes.indexOf(Buffer.from('المدينة')) + 3, bytes.length - 5, bytes.length];
    let upload: string | null = null;
    let last: { upload: string; bytes: number; preview: unknown } | null = null;
    for (let i = 0; i + 1 < cuts.length; i += 1) {
      const done = i + 2 === cuts.length;
      const answer: { upload: string; bytes: number; preview: unknown } = await t.call('imports.upload', { upload, name: 'Chiffres de la ville.csv', chunk: bytes.subarray(cuts[i], cuts[i + 1]).toString('base64'), done });
      expect(answer.bytes).toBe(cuts[i + 1]);
      if (!done) expect(answer.preview).toBeNull();
      upload = answer.upload;
      last = answer;
    }
    const answer = await t.call('imports.upload', { upload: null, name: 'empty-start.csv', chunk: '', done: false });
    expect(answer.upload).not.toBe(upload);
    await t.call('imports.discard', { file: answer.upload });

    const preview = await t.call('imports.preview', { file: upload ?? '', sheet: null });
    expect(last?.preview).toEqual(preview);
    expect(preview).toMatchObject({ file: upload, name: 'Chiffres de la ville.csv', format: 'csv', bytes: bytes.length, problem: null });
    expect(preview.records[3]?.cells[6]).toBe('المدينة العتيقة');
    // The copy is named by its id, never by the user's file name.
    expect(importsDirFiles(t)).toEqual([`${upload}.csv`]);

    const done = await waitForJob(t, await t.call('imports.start', { file: preview.file, mapping: preview.mapping, dryRun: false }));
    expect(done.state).toBe('done');
    expect(done.summary).toMatchObject({ created: 4, errors: [] });
    const rows = await t.call('observations.page', {});
    // The district's Arabic name is stored as its code.
    expect(rows.rows.map((r) => [r.indicator, r.period, r.sex, r.status, r.area, r.value])).toEqual([
      ['POP_TOTAL', '2023', '', '', '', 1070388],
      ['POP_TOTAL', '2024', '', '', 'MEDINA', 98000],
      ['POP_TOTAL', '2024', 'F', '', '', 548210],
      ['REF_ASY_REGISTERED', '2024', '', 'REF', '', 3214],
    ]);
    await t.call('imports.discard', { file: preview.file });
    expect(importsDirFiles(t)).toEqual([]);
  });

  it('never uses the file name as a path', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    for (const name of ['../../escape.csv', '/tmp/absolute.csv', '..\\..\\windows.csv', 'con.csv', 'a\u0000b.csv']) {
      const answer = await t.call('imports.upload', { upload: null, name, chunk: Buffer.from(`${header}\n`).toString('base64'), done: true });
      expect(answer.preview?.name).toBe(name);
      expect(importsDirFiles(t)).toContain(`${answer.upload}.csv`);
    }
    expect(importsDirFiles(t).every((name) => /^[0-9a-f]{24}\.csv$/.test(name))).toBe(true);
    expect(existsSync(join(current.dir, 'escape.csv'))).toBe(false);
    expect(existsSync(join(dataPaths(t.dataDir).root, 'escape.csv'))).toBe(false);
    expect(existsSync('/tmp/absolute.csv')).toBe(false);
  });

  it('refuses a file that is neither CSV nor XLSX, and leaves nothing behind', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    for (const name of ['report.pdf', 'table.xls', 'figures', 'notes.docx']) {
      const answer = await t.core.dispatch('imports.upload', { upload: null, name, chunk: Buffer.from('x').toString('base64'), done: true });
      expect(answer, name).toMatchObject({ ok: false, error: { code: 'unreadable_file', message: expect.stringContaining('CSV and XLSX') } });
    }
    expect(importsDirFiles(t)).toEqual([]);
    // An old binary Excel file renamed .csv is recognised and refused too.
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const renamed = await t.core.dispatch('imports.upload', { upload: null, name: 'old.csv', chunk: xls.toString('base64'), done: true });
    expect(renamed).toMatchObject({ ok: false, error: { code: 'unreadable_file', message: expect.stringContaining('.xls') } });
    // An unknown upload id is not_found.
    const unknown = await t.core.dispatch('imports.upload', { upload: 'ab'.repeat(12), name: 'x.csv', chunk: '', done: true });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('discards an uploaded file (and an unfinished upload): the copy is removed and the id forgotten', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    const uploaded = await t.call('imports.upload', { upload: null, name: 'figures.csv', chunk: Buffer.from(`${header}\nPOP_TOTAL,2024,,,,,,5,Census,,\n`).toString('base64'), done: true });
    expect(importsDirFiles(t)).toEqual([`${uploaded.upload}.csv`]);
    expect(await t.call('imports.discard', { file: uploaded.upload })).toEqual({});
    expect(importsDirFiles(t)).toEqual([]);
    expect(await t.core.dispatch('imports.preview', { file: uploaded.upload, sheet: null })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.core.dispatch('imports.start', { file: uploaded.upload, mapping: {}, dryRun: true })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const partial = await t.call('imports.upload', { upload: null, name: 'figures.csv', chunk: Buffer.from(header).toString('base64'), done: false });
    expect(importsDirFiles(t)).toEqual([`${partial.upload}.part`]);
    await t.call('imports.discard', { file: partial.upload });
    expect(importsDirFiles(t)).toEqual([]);
    expect(await t.core.dispatch('imports.upload', { upload: partial.upload, name: 'figures.csv', chunk: '', done: true })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('imports an XLSX upload with years as columns through a mapping with periodColumns', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    const workbook = writeXlsx([
      { name: 'Notes', rows: [['Population de la ville, par sexe'], ['Source : recensement']] },
      {
        name: 'Population',
        rows: [
          ['Population résidente au 1er janvier'],
          [],
          ['Indicateur', 'Sexe', 2021, 2022, 2023, 'Source'],
          ['POP_TOTAL', 'Total', 1056247, 1062940, 1070388, 'Recensement'],
          ['POP_TOTAL', 'Femmes', 537524, 540824, null, 'Recensement'],
          ['POP_TOTAL', 'Hommes', 518723, '522 116', 525775, 'Recensement'],
        ],
      },
    ]);
    const bytes = Buffer.from(workbook);
    const half = Math.floor(bytes.length / 2);
    const first = await t.call('imports.upload', { upload: null, name: 'population.xlsx', chunk: bytes.subarray(0, half).toString('base64'), done: false });
    const uploaded = await t.call('imports.upload', { upload: first.upload, name: 'population.xlsx', chunk: bytes.subarray(half).toString('base64'), done: true });
    expect(uploaded.preview).toMatchObject({ format: 'xlsx', sheets: ['Notes', 'Population'], sheet: 'Notes' });
    const preview = await t.call('imports.preview', { file: uploaded.upload, sheet: 'Population' });
    expect(preview.sheet).toBe('Population');
    expect(preview.records[2]).toEqual({ line: 3, cells: ['Indicateur', 'Sexe', '2021', '2022', '2023', 'Source'] });

    const mapping = {
      sheet: 'Population',
      headerRow: 3,
      columns: { indicator: 0, sex: 1, source: 5 },
      periodColumns: [
        { column: 2, period: '2021' },
        { column: 3, period: '2022' },
        { column: 4, period: '2023' },
      ],
    };
    const done = await waitForJob(t, await t.call('imports.start', { file: uploaded.upload, mapping, dryRun: false }));
    expect(done.state).toBe('done');
    // Nine cells, one of them empty: eight observations.
    expect(done.summary).toMatchObject({ created: 8, rows: 3, errors: [], applied: true });
    const rows = await t.call('observations.page', {});
    expect(rows.rows.map((r) => `${r.period}/${r.sex || 'total'}=${r.value}`)).toEqual([
      '2021/total=1056247',
      '2021/F=537524',
      '2021/M=518723',
      '2022/total=1062940',
      '2022/F=540824',
      '2022/M=522116',
      '2023/total=1070388',
      '2023/M=525775',
    ]);
    expect(rows.rows.every((r) => r.source.citation === 'Recensement')).toBe(true);
    expectCoverageMatches(t);
  });
});
