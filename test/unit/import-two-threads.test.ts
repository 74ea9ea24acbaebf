import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeXlsx } from '../../electron/core/files/xlsx';
import { RowPacker, unpackRows } from '../../electron/core/observations/import/packed-rows';
import type { ObservationValues } from '../../electron/core/observations/store/observation-columns';
import type { ImportJob, ImportMapping } from '../../shared/domain/observation-import';
import { addDistricts } from '../support/districts';
import { openTestCore, repoRoot, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

/**
 * The import runs in two threads in the hosts (one reads and checks the file, one writes) and in one
 * on the core's own connection elsewhere (the sample city, a core without worker scripts). Both
 * must give the same answer and leave the same store: the same files go through both, side by side.
 */

const importWorker = join(repoRoot, 'dist/workers/import-worker.mjs');
const header = 'indicator,period,sex,age,status,origin,area,value,source,note,flags';
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

beforeAll(() => {
  if (!existsSync(importWorker)) throw new Error(`The import worker bundle ${importWorker} is missing: run \`npm run build\` first (npm test does).`);
});

async function runJob(t: TestCore, path: string, options: { dryRun?: boolean; mapping?: Partial<ImportMapping> } = {}): Promise<ImportJob> {
  const file = t.core.registerImportFile(path);
  const preview = await t.call('imports.preview', { file, sheet: options.mapping?.sheet ?? null });
  let job = await t.call('imports.start', { file, mapping: { ...preview.mapping, ...options.mapping }, dryRun: options.dryRun ?? false });
  const deadline = Date.now() + 60_000;
  while (job.state === 'running') {
    if (Date.now() > deadline) throw new Error('the import did not finish in a minute');
    await sleep(5);
    job = await t.call('imports.job', { job: job.job });
  }
  return job;
}

/** What a user could see of the store: every figure with its source's citation, the sources, the coverage. */
function storeContent(t: TestCore): unknown {
  const db = t.core.store.db;
  return {
    observations: db
      .prepare(
        `SELECT o.indicator, o.period, o.sex, o.age, o.status, o.origin, o.area, o.value, o.is_estimate, o.is_provisional, o.is_confidential, o.note, o.revision, s.citation
           FROM observations o JOIN sources s ON s.id = o.source ORDER BY 1, 2, 3, 4, 5, 6, 7`,
      )
      .all(),
    sources: db.prepare('SELECT citation, kind, revision FROM sources ORDER BY citation').all(),
    coverage: db.prepare('SELECT indicator, period, shape, rows FROM observation_coverage ORDER BY 1, 2, 3').all(),
  };
}

describe('the import in two threads and in one', () => {
  let folder: ReturnType<typeof tempDir>;
  let oneThread: TestCore;
  let twoThreads: TestCore;

  beforeEach(async () => {
    folder = tempDir();
    oneThread = openTestCore(join(folder.dir, 'one'));
    twoThreads = openTestCore(join(folder.dir, 'two'), { importWorker });
    await oneThread.call('city.setup', tunisSetup);
    await twoThreads.call('city.setup', tunisSetup);
    const districts = [...Array.from({ length: 100 }, (_, i) => `District ${i}`), 'MEDINA'];
    addDistricts(oneThread, districts);
    addDistricts(twoThreads, districts);
  });
  afterEach(() => {
    oneThread.close();
    twoThreads.close();
    folder.remove();
  });

  /** Imports the file into both stores and expects the same summary and the same store after it. */
  async function both(name: string, content: string | Uint8Array, options: Parameters<typeof runJob>[2] = {}): Promise<ImportJob> {
    const path = join(folder.dir, name);
    writeFileSync(path, content);
    const one = await runJob(oneThread, path, options);
    const two = await runJob(twoThreads, path, options);
    expect(two.state).toBe(one.state);
    expect(two.error).toBe(one.error);
    expect(two.summary).toEqual(one.summary);
    expect(storeContent(twoThreads)).toEqual(storeContent(oneThread));
    return two;
  }

  it('gives the same summary and store for a first import, a refused file, a later import, a dry run and a workbook', async () => {
    // A first import with labels, flags, notes, two sources, parts above their total (a warning)
    // and enough rows to cross several chunks between the threads.
    const first = [header, 'POP_TOTAL,2023,,,,,,1000,Census 2023,,', 'POP_TOTAL,2023,Femmes,,,,,700,Census 2023,,', 'POP_TOTAL,2023,Hommes,,,,,400,Census 2023,,'];
    for (let i = 0; i < 12_000; i += 1) first.push(`MIG_FOREIGN_RES,${1900 + (i % 120)},,,,,District ${Math.floor(i / 120)},${i},Civil registry,row ${i % 7},${i % 11 === 0 ? 'estimate' : ''}`);
    const created = await both('first.csv', `${first.join('\n')}\n`);
    expect(created.summary).toMatchObject({ created: 12_003, applied: true, newSources: ['Census 2023', 'Civil registry'] });
    expect(created.summary?.warnings.some((w) => w.code === 'parts_exceed_total')).toBe(true);

    // Mistakes on several lines and a repeated row: nothing is written, in either.
    const refused = await both('refused.csv', [header, 'POP_TOTAL,2024,,,,,,abc,Census,,', 'NOPE,2024,,,,,,5,Census,,', 'POP_TOTAL,2022,,,,,,5,Census,,', 'POP_TOTAL,2022,,,,,,6,Census,,'].join('\n'));
    expect(refused.summary).toMatchObject({ applied: false, errorCount: 3 });
    expect(refused.summary?.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'bad_number'],
      [3, 'unknown_indicator'],
      [5, 'duplicate_row'],
    ]);

    // A later import: one row changed, one the same, one new, with a new source.
    const later = await both('later.csv', [header, 'POP_TOTAL,2023,,,,,,1200,Census 2023,,', 'POP_TOTAL,2023,Femmes,,,,,700,Census 2023,,', 'POP_TOTAL,2024,,,,,,1300,Census 2024,,'].join('\n'));
    expect(later.summary).toMatchObject({ created: 1, updated: 1, unchanged: 1, applied: true, newSources: ['Census 2024'] });

    const dry = await both('dry.csv', [header, 'POP_TOTAL,2025,,,,,,1400,Census 2025,,'].join('\n'), { dryRun: true });
    expect(dry.summary).toMatchObject({ created: 1, applied: false, newSources: ['Census 2025'] });

    const workbook = writeXlsx([
      {
        name: 'Population',
        rows: [
          ['Indicateur', 'Sexe', 2019, 2020, 'Source'],
          ['POP_TOTAL', 'Total', 900, 950, 'Recensement'],
          ['POP_TOTAL', 'Femmes', 450, null, 'Recensement'],
        ],
      },
    ]);
    const wide = await both('wide.xlsx', workbook, {
      mapping: { sheet: 'Population', headerRow: 1, columns: { indicator: 0, sex: 1, source: 4 }, periodColumns: [{ column: 2, period: '2019' }, { column: 3, period: '2020' }] },
    });
    expect(wide.summary).toMatchObject({ created: 3, rows: 2, applied: true });
  });

  it('gives the same warnings, at the same lines, for a first import not grouped by indicator', async () => {
    // POP_TOTAL comes back after MIG_FOREIGN_RES: the checks along the rows give way to checks over the
    // store, which still name the row that shows the excess (line 5, men), not the group's first line.
    const rows = [header, 'POP_TOTAL,2023,,,,,,1000,Census,,', 'MIG_FOREIGN_RES,2023,,,,,,50,Census,,', 'POP_TOTAL,2023,Femmes,,,,,700,Census,,', 'POP_TOTAL,2023,Hommes,,,,,400,Census,,', 'POP_TOTAL,2024,,,,,,5000,Census,,'];
    const scattered = await both('scattered.csv', `${rows.join('\n')}\n`);
    expect(scattered.summary).toMatchObject({ created: 5, applied: true });
    expect(scattered.summary?.warnings.map((w) => [w.row, w.code])).toEqual([
      [5, 'parts_exceed_total'],
      [6, 'outlier'],
    ]);
  });

  it('names the row that causes each warning of a first import in order, the same way', async () => {
    // Line 4 (men) takes women + men over the total of line 2; line 6 is far off line 5's value.
    const rows = [header, 'POP_TOTAL,2023,,,,,,1000,Census,,', 'POP_TOTAL,2023,F,,,,,700,Census,,', 'POP_TOTAL,2023,M,,,,,400,Census,,', 'MIG_FOREIGN_RES,2022,,,,,,50,Census,,', 'MIG_FOREIGN_RES,2023,,,,,,500,Census,,'];
    const ordered = await both('ordered.csv', `${rows.join('\n')}\n`);
    const repeated = await both('repeated.csv', [header, 'POP_TOTAL,2020,,,,,,1,Census,,', 'POP_TOTAL,2021,,,,,,1,Census,,', 'POP_TOTAL,2020,,,,,,2,Census,,', 'POP_TOTAL,2020,,,,,,3,Census,,'].join('\n'));
    // A repeated row names the line it repeats, on the first import's direct path too.
    expect(repeated.summary?.errors.map((e) => [e.row, e.code, e.params.first])).toEqual([
      [4, 'duplicate_row', 2],
      [5, 'duplicate_row', 2],
    ]);
    expect(ordered.summary?.warnings.map((w) => [w.row, w.code])).toEqual([
      [4, 'parts_exceed_total'],
      [6, 'outlier'],
    ]);
  });

  it('keeps the same rows under a row filter and refuses the same unknown districts, at the same lines', async () => {
    const rows = [header, 'POP_TOTAL,2024,,,,,MEDINA,10,Census,keep,', 'POP_TOTAL,2024,,,,,Nowhere,11,Census,skip,', 'POP_TOTAL,2023,,,,,medina,12,Census,KEEP,', 'POP_TOTAL,2022,,,,,Nowhere,13,Census,keep,'];
    const filtered = await both('filtered.csv', `${rows.join('\n')}\n`, { mapping: { rowFilters: [{ column: 9, value: 'keep' }] } });
    expect(filtered.summary).toMatchObject({ rows: 3, applied: false, errorCount: 1 });
    expect(filtered.summary?.errors.map((e) => [e.row, e.column, e.code])).toEqual([[5, 'area', 'unknown_district']]);
    const fixed = await both('fixed.csv', `${rows.slice(0, 4).join('\n')}\n`, { mapping: { rowFilters: [{ column: 9, value: 'keep' }] } });
    expect(fixed.summary).toMatchObject({ rows: 2, created: 2, applied: true });
  });

  it('reports a file that cannot be read the same way', async () => {
    const failed = await both('broken.csv', `${header}\nPOP_TOTAL,2024,,,,,,"5,Census,,\n`);
    expect(failed.summary).toMatchObject({ applied: false });
    expect(failed.summary?.errors[0]).toMatchObject({ code: 'file_format' });
  });
});

describe('rows packed between the threads', () => {
  it('come back with every field in its place, across chunks', () => {
    const packer = new RowPacker(3);
    const rows: ObservationValues[] = [];
    for (let i = 0; i < 7; i += 1) {
      rows.push({
        indicator: `IND_${i}`,
        period: `20${10 + i}`,
        sex: i % 2 === 0 ? 'F' : '',
        age: `Y${i}`,
        status: i === 3 ? 'REF' : '',
        origin: `C${i}`,
        area: `A${i}`,
        value: i + 0.25,
        estimate: i % 2 === 1,
        provisional: i % 3 === 0,
        confidential: i === 5,
        sourceRef: 100 + i,
        note: i === 4 ? 'a note, with "quotes"' : '',
      });
    }
    const back: { line: number; row: ObservationValues }[] = [];
    rows.forEach((row, i) => {
      packer.add(1000 + i, row);
      if (packer.full) unpackRows(packer.take(), (line, unpacked) => back.push({ line, row: unpacked }));
    });
    unpackRows(packer.take(), (line, unpacked) => back.push({ line, row: unpacked }));
    expect(back).toEqual(rows.map((row, i) => ({ line: 1000 + i, row })));
  });
});
