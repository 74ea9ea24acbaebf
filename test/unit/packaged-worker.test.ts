import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundleFile, repoRoot, tempDir, openTestCore, tunisSetup } from '../support/temp-core';

/**
 * The desktop package runs the import worker from app.asar.unpacked, where electron-builder puts
 * only what `asarUnpack` lists (electron-builder.yml): the worker's bundle and better-sqlite3 with
 * the two packages that load its native file. This rebuilds that folder and imports a file through
 * it, so a worker that needs anything else fails here rather than in a user's hands.
 */
describe('the worker threads as packaged', () => {
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
    for (const worker of ['import-reader.mjs', 'bundle-worker.mjs', 'figure-reader.mjs']) cpSync(join(repoRoot, 'dist', 'workers', worker), join(unpacked, 'dist', 'workers', worker));
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

      // So do the bundle thread and the thread beside it that reads a bundle's figures.
      const sender = openTestCore(join(folder.dir, 'sender'));
      let sent: string;
      try {
        await sender.call('city.createSample', {});
        sent = join(sender.dataDir, 'bundles', 'sent', (await sender.call('bundles.export', { to: 'network' })).name);
      } finally {
        sender.close();
      }
      const received = await importBundleFile(t, t.core.registerBundleFile(sent), { trustKey: true });
      expect(received).toMatchObject({ status: 'imported', code: null });
      expect(received.counts.observations?.created).toBeGreaterThan(100);
    } finally {
      t.close();
    }
  });
});
