// Backup rotation: each reason keeps its own slots, and an operation that fails never costs a backup
// (neither its own copy, which is removed with it, nor an older one pushed out to make room).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupReason as BackupReasonSchema, type BackupReason } from '../../shared/domain/store-status';
import { StoreOpenError } from '../../electron/core/errors';
import { dataPaths } from '../../electron/core/paths';
import { backupsKept, listBackups, takeBackup } from '../../electron/core/store/backups';
import { migrate, schemaVersion } from '../../electron/core/store/migrate';
import { configureConnection } from '../../electron/core/store/open-database';
import { openTestCore, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

const t0 = Date.parse('2026-03-01T09:00:00.000Z');

/** A clock that moves on a second at every reading, so that every backup has its own time. */
function ticking(): () => Date {
  let tick = 0;
  return () => new Date(t0 + (tick += 1) * 1000);
}

function countByReason(files: { reason: BackupReason }[]): Partial<Record<BackupReason, number>> {
  const counts: Partial<Record<BackupReason, number>> = {};
  for (const { reason } of files) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}

const header = 'indicator,period,sex,age,status,origin,area,value,source,note,flags';

async function importFile(t: TestCore, path: string) {
  const file = t.core.registerImportFile(path);
  const preview = await t.call('imports.preview', { file, sheet: null });
  let job = await t.call('imports.start', { file, mapping: preview.mapping, dryRun: false });
  while (job.state === 'running') {
    await new Promise((done) => setTimeout(done, 20));
    job = await t.call('imports.job', { job: job.job });
  }
  return job;
}

describe('backups', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir();
  });
  afterEach(() => folder.remove());

  it('keep the newest of each reason in slots of their own, whatever the other reasons do', async () => {
    const t = openTestCore(folder.dir, { now: ticking() });
    const taken: Record<BackupReason, string[]> = { manual: [], 'before-import': [], 'before-migration': [], 'before-restore': [], 'before-removal': [] };
    // The user's own backups first: under a single count, everything after would push them out.
    for (let i = 0; i < 10; i += 1) taken.manual.push((await t.call('backups.create', {})).file);
    for (const reason of ['before-import', 'before-migration', 'before-restore', 'before-removal'] as const) {
      for (let i = 0; i < 10; i += 1) {
        const pending = t.core.store.backupBefore(reason);
        pending.succeeded();
        taken[reason].push(pending.backup.file);
      }
    }
    const kept = listBackups(t.core.paths.backupsDir);
    expect(countByReason(kept)).toEqual(backupsKept);
    for (const reason of BackupReasonSchema.options) {
      const newest = taken[reason].slice(-backupsKept[reason]);
      expect(kept.filter((b) => b.reason === reason).map((b) => b.file).sort(), reason).toEqual(newest.sort());
    }
    t.close();
  });

  it('survive 20 starts whose upgrade fails, which report it without SQL and leave the data as it was', () => {
    const paths = dataPaths(folder.dir);
    mkdirSync(paths.storeDir, { recursive: true });
    const old = new Database(paths.database);
    configureConnection(old);
    migrate(old, { to: 10 });
    // A table in the way of the next step: its CREATE TABLE fails at every start.
    old.exec('CREATE TABLE policy_domains (x INTEGER) STRICT');
    for (let i = 0; i < backupsKept.manual; i += 1) takeBackup(old, paths.backupsDir, 'manual', new Date(t0 + i * 60_000));
    for (let i = 0; i < 2; i += 1) takeBackup(old, paths.backupsDir, 'before-migration', new Date(t0 + (10 + i) * 60_000));
    old.close();
    const before = listBackups(paths.backupsDir);

    for (let start = 0; start < 20; start += 1) {
      let failure: unknown;
      try {
        openTestCore(folder.dir).close();
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(StoreOpenError);
      expect(failure).toMatchObject({ reason: 'upgrade_failed' });
      const message = failure instanceof Error ? failure.message : '';
      expect(message).toMatch(/^Focal could not upgrade your data to this version.*Your data is unchanged/);
      expect(message).toContain(paths.backupsDir);
      expect(message).not.toMatch(/policy_domains|already exists|SQLITE|CREATE/);
    }
    expect(listBackups(paths.backupsDir)).toEqual(before);
    const file = new Database(paths.database, { readonly: true });
    expect(schemaVersion(file)).toBe(10);
    file.close();
  });

  it('taken before an operation that fails are removed with it, and push nothing out', async () => {
    const t = openTestCore(folder.dir, { now: ticking() });
    await t.call('city.setup', tunisSetup);
    for (let i = 0; i < 8; i += 1) await t.call('backups.create', {});
    const before = listBackups(t.core.paths.backupsDir);
    for (let i = 0; i < 5; i += 1) {
      // Only a sample city may be removed: refused, after its backup was taken and rolled back.
      expect(await t.core.dispatch('city.leaveSample', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
    expect(listBackups(t.core.paths.backupsDir)).toEqual(before);
    t.close();
  });

  it('are not pushed out by rejected imports', async () => {
    const t = openTestCore(folder.dir);
    await t.call('city.setup', tunisSetup);
    for (let i = 0; i < backupsKept.manual; i += 1) await t.call('backups.create', {});
    for (let i = 0; i < backupsKept['before-import']; i += 1) {
      const good = join(folder.dir, `good-${i}.csv`);
      writeFileSync(good, `${header}\nPOP_TOTAL,2024,,,,,,${1000 + i},Census,,\n`);
      expect(await importFile(t, good)).toMatchObject({ state: 'done', summary: { errorCount: 0 } });
    }
    for (let i = 0; i < 2; i += 1) t.core.store.backupBefore('before-restore').succeeded();
    const before = listBackups(t.core.paths.backupsDir);
    expect(before.length).toBeGreaterThanOrEqual(12);

    const bad = join(folder.dir, 'bad.csv');
    writeFileSync(bad, `${header}\nPOP_TOTAL,2025,,,,,,not a number,Census,,\n`);
    for (let i = 0; i < 3; i += 1) {
      const job = await importFile(t, bad);
      expect(job.summary?.errorCount).toBe(1);
    }
    expect(listBackups(t.core.paths.backupsDir)).toEqual(before);
    t.close();
  });
});
