import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportJob } from '../../shared/domain/observation-export';
import { readXlsx } from '../../electron/core/files/xlsx/index';
import { freshCoreForEachTest, repoRoot, type TestCore } from '../support/temp-core';

/**
 * Exports from the interface run as jobs on their own thread (the desktop app and the browser host
 * give the core the worker scripts): the API keeps answering while the file is written, the interface
 * polls, then takes the file once.
 */
const importWorker = join(repoRoot, 'dist', 'workers', 'import-worker.mjs');

async function finished(t: TestCore, started: ExportJob): Promise<ExportJob> {
  let job = started;
  for (let i = 0; i < 400 && job.state === 'running'; i += 1) {
    await new Promise((done) => setTimeout(done, 25));
    job = await t.call('exports.job', { job: job.job });
  }
  return job;
}

describe('export jobs', () => {
  const current = freshCoreForEachTest({ importWorker });

  it('write the file on another thread while the API answers, then hand it over once', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const started = await t.call('exports.start', { format: 'csv' });
    // Started on its thread: nothing has been written yet, and the core answers meanwhile.
    expect(started.state).toBe('running');
    expect((await t.call('app.status', {})).city?.code).toBe('sample-city');
    const done = await finished(t, started);
    expect(done).toMatchObject({ state: 'done', error: null, result: { rows: 690, mediaType: 'text/csv' } });
    expect(done.result?.name).toMatch(/^focal-sample-city-observations-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await t.call('exports.take', { job: done.job });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\ufeffindicator,period,sex,age,status,origin,area,value,source,note,flags\r\n')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(691);
    // Taken once: the working copy is gone, and the job with it.
    expect(readdirSync(join(t.dataDir, 'imports')).filter((name) => name.startsWith('export-'))).toEqual([]);
    expect(await t.core.dispatch('exports.take', { job: done.job })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('export a filtered view to XLSX that Focal reads back row for row', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const done = await finished(t, await t.call('exports.start', { format: 'xlsx', filter: { indicators: ['POP_TOTAL'] } }));
    expect(done.state).toBe('done');
    const file = await t.call('exports.take', { job: done.job });
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const rows = done.result?.rows ?? 0;
    expect(rows).toBeGreaterThan(5);
    const sheet = readXlsx(bytes);
    expect(sheet.rows.length).toBe(rows + 1);
  });

  it('refuse a city this folder does not know, and a job that is not ready or not known', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    expect(await t.core.dispatch('exports.start', { format: 'csv', city: 'nowhere' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.core.dispatch('exports.job', { job: '0123456789abcdef' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const started = await t.call('exports.start', { format: 'csv' });
    expect(await t.core.dispatch('exports.take', { job: started.job })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await finished(t, started);
  });
});
