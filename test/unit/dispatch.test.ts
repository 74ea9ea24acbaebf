import { BundleFiles } from '../../electron/core/bundles/bundle-files';
import { BundleJobs } from '../../electron/core/bundles/bundle-jobs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/api/contract';
import { readCatalogueFiles } from '../../electron/core/catalogue/catalogue-files';
import { createDispatch } from '../../electron/core/dispatch';
import type { HandlerContext } from '../../electron/core/handler-context';
import { ExportJobs } from '../../electron/core/observations/export/export-jobs';
import { ImportFiles } from '../../electron/core/observations/import/import-files';
import { ImportJobs } from '../../electron/core/observations/import/import-jobs';
import { handlers } from '../../electron/core/handlers/index';
import type { ApiHandlers } from '../../electron/core/handlers/handler-types';
import { openTestCore, resourcesDir, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

describe('the contract and dispatch', () => {
  let folder: ReturnType<typeof tempDir>;
  let t: TestCore;
  beforeEach(() => {
    folder = tempDir();
    t = openTestCore(folder.dir);
  });
  afterEach(() => {
    t.close();
    folder.remove();
  });

  it('has exactly one handler for every contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });

  it('answers an unknown method with a stable error code, not an exception', async () => {
    await expect(t.core.dispatch('city.delete', {})).resolves.toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'There is no method called "city.delete".' },
    });
    await expect(t.core.dispatch('__proto__', {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    await expect(t.core.dispatch('toString', {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('rejects invalid input with the failing fields and writes nothing', async () => {
    const answer = await t.core.dispatch('city.setup', { ...tunisSetup, code: 'Tunis City!', focalPoint: { name: '', email: 'nope' } });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid_input');
    expect(answer.error.issues?.map((i) => i.path).sort()).toEqual(['code', 'focalPoint.email', 'focalPoint.name']);
    expect((await t.call('app.status', {})).city).toBeNull();
  });

  it('rejects unexpected fields on strict inputs', async () => {
    const answer = await t.core.dispatch('app.status', { sneaky: 1 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('rolls a failing write back completely', async () => {
    await t.call('city.setup', tunisSetup);
    // An unknown country is only detected after parsing, inside the transaction.
    const answer = await t.core.dispatch('city.update', { ...tunisSetup, names: { en: 'Changed', fr: 'Changé', ar: 'تغيير' }, country: 'QQ' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await t.call('app.status', {})).city?.names.en).toBe('Tunis');
  });

  it('answers unexpected failures with a generic message and reports the detail', async () => {
    const reported: unknown[] = [];
    t.close();
    t = openTestCore(folder.dir, { onUnexpected: (_m, e) => reported.push(e) });
    t.core.store.db.exec('DROP TABLE countries');
    const answer = await t.core.dispatch('catalogue.overview', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(answer.ok ? '' : answer.error.message).not.toContain('no such table');
    expect(reported).toHaveLength(1);
    t.core.store.db.exec('CREATE TABLE countries (code TEXT PRIMARY KEY) STRICT');
  });

  it('awaits a read that answers later, checking its answer, and refuses a write that would answer later', async () => {
    await t.call('city.setup', tunisSetup);
    const later: ApiHandlers = {
      ...handlers,
      'districts.list': async (ctx, input) => handlers['districts.list'](ctx, input),
      'districts.save': async (ctx, input) => handlers['districts.save'](ctx, input),
    };
    const reported: unknown[] = [];
    const { store, paths } = t.core;
    const context: HandlerContext = {
      get db() {
        return store.db;
      },
      store,
      paths,
      catalogue: readCatalogueFiles(resourcesDir),
      appVersion: 'test',
      resourcesDir,
      imports: { files: new ImportFiles(paths.importsDir), jobs: new ImportJobs({ db: () => store.db, database: paths.database, workerScript: null }) },
      exports: new ExportJobs({ db: () => store.db, database: paths.database, workerScript: null, workDir: paths.importsDir }),
      bundleFiles: new BundleFiles(paths.importsDir),
      bundleJobs: new BundleJobs({ db: () => store.db, database: paths.database, workerScript: null, otherWriting: () => false }),
      now: () => new Date(),
    };
    const dispatch = createDispatch(later, () => context, { onUnexpected: (_m, e) => reported.push(e) });
    expect(await dispatch('districts.list', {})).toEqual({ ok: true, value: [] });
    const refused = await dispatch('districts.save', { code: 'MEDINA', name: { en: 'Medina', fr: '', ar: '' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(String(reported[0])).toMatch(/must answer at once/);
    // Rolled back: the district the handler wrote before answering is not there.
    expect(await t.call('districts.list', {})).toEqual([]);
  });
});
