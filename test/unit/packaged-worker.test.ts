import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, tempDir, openTestCore, tunisSetup } from '../support/temp-core';

/**
 * The desktop package runs the import worker from app.asar.unpacked, where electron-builder puts
 * only what `asarUnpack` lists (electron-builder.yml): the worker's bundle and better-sqlite3 with
 * the two packages that load its native file. This rebuilds that folder and imports a file through
 * it, so a worker that needs anything else fails here rather than in a user's hands.
 */
describe('the import worker as packaged', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => (folder = tempDir()));
  afterEach(() => folder.remove());

  it('runs from a folder holding only its bundle, better-sqlite3, bindings and file-uri-to-path', async () => {
    const bundle = join(repoRoot, 'dist', 'workers', 'import-worker.mjs');
    if (!existsSync(bundle)) throw new Error('dist/workers/import-worker.mjs is missing: run "npm run build" first (npm test does).');
    const unpacked = join(folder.dir, 'app.asar.unpacked');
    mkdirSync(join(unpacked, 'dist', 'workers'), { recursive: true });
    cpSync(bundle, join(unpacked, 'dist', 'workers', 'import-worker.mjs'));
    cpSync(join(repoRoot, 'dist', 'workers', 'export-worker.mjs'), join(unpacked, 'dist', 'workers', 'export-worker.mjs'));
    cpSync(join(repoRoot, 'dist', 'workers', 'import-reader.mjs'), join(unpacked, 'dist', 'workers', 'import-reader.mjs'));
    for (const name of ['better-sqlite3', 'bindings', 'file-uri-to-path']) {
      cpSync(join(repoRoot, 'node_modules', name), join(unpacked, 'node_modules', name), { recursive: true });
    }
    writeFileSync(join(unpacked, 'package.json'), '{"name":"focal","type":"module"}');

    const t = openTestCore(join(folder.dir, 'data'), { importWorker: join(unpacked, 'dist', 'workers', 'import-worker.mjs') });
    try {
      await t.call('city.setup', tunisSetup);
      const csv = join(folder.dir, 'figures.csv');
      writeFileSync(csv, 'indicator,period,value,source\nPOP_TOTAL,2024,1000,Census\n');
      const preview = await t.call('imports.preview', { file: t.core.registerImportFile(csv), sheet: null });
      let job = await t.call('imports.start', { file: preview.file, mapping: preview.mapping, dryRun: false });
      for (let i = 0; i < 200 && job.state === 'running'; i += 1) {
        await new Promise((done) => setTimeout(done, 50));
        job = await t.call('imports.job', { job: job.job });
      }
      expect(job.error).toBeNull();
      expect(job).toMatchObject({ state: 'done', summary: { created: 1, applied: true } });

      // The export thread runs from the same unpacked folder.
      let exported = await t.call('exports.start', { format: 'csv' });
      for (let i = 0; i < 200 && exported.state === 'running'; i += 1) {
        await new Promise((done) => setTimeout(done, 50));
        exported = await t.call('exports.job', { job: exported.job });
      }
      expect(exported).toMatchObject({ state: 'done', error: null, result: { rows: 1 } });
    } finally {
      t.close();
    }
  });
});
