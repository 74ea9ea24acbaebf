import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreOpenError } from '../../electron/core/errors';
import { abandonedAfterMs, sweepTempFilesOf, tempNameFor } from '../../electron/core/files/atomic-write';
import { dataPaths } from '../../electron/core/paths';
import { backupsKept, listBackups } from '../../electron/core/store/backups';
import { latestSchemaVersion } from '../../electron/core/store/migrations/index';
import { openTestCore, tempDir, tunisSetup } from '../support/temp-core';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function schemaText(db: Database.Database): string {
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
  return `${rows.map((r) => (typeof r === 'object' && r !== null && 'sql' in r ? `${String(r.sql)};` : '')).join('\n\n')}\n`;
}

describe('the store', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir();
  });
  afterEach(() => folder.remove());

  it('opens with WAL, synchronous FULL, foreign keys and a bounded WAL', () => {
    const t = openTestCore(folder.dir);
    const db = t.core.store.db;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(64 * 1024 * 1024);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    t.close();
  });

  it('keeps the schema as recorded (update test/unit/schema.snapshot.sql deliberately)', async () => {
    const t = openTestCore(folder.dir);
    await expect(schemaText(t.core.store.db)).toMatchFileSnapshot('schema.snapshot.sql');
    t.close();
  });

  it('makes every table STRICT', () => {
    const t = openTestCore(folder.dir);
    const tables = t.core.store.db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'").all();
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) expect(table).toMatchObject({ strict: 1 });
    t.close();
  });

  it('refuses a database from a newer Focal and leaves it byte for byte untouched', () => {
    const t = openTestCore(folder.dir);
    t.close();
    const file = dataPaths(folder.dir).database;
    const db = new Database(file);
    db.pragma(`user_version = ${latestSchemaVersion + 10}`);
    db.close();
    const before = sha(file);
    const backupsBefore = listBackups(dataPaths(folder.dir).backupsDir).length;
    expect(() => openTestCore(folder.dir)).toThrow(StoreOpenError);
    expect(() => openTestCore(folder.dir)).toThrow(/newer version of Focal/);
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(listBackups(dataPaths(folder.dir).backupsDir)).toHaveLength(backupsBefore);
  });

  it('sets a damaged file aside, offers the latest good backup, and restores it', async () => {
    const t = openTestCore(folder.dir);
    await t.call('city.setup', tunisSetup);
    const backup = await t.call('backups.create', {});
    t.close();
    const paths = dataPaths(folder.dir);
    const damaged = Buffer.alloc(8192, 0x5a);
    writeFileSync(paths.database, damaged);

    const reopened = openTestCore(folder.dir);
    const status = await reopened.call('app.status', {});
    expect(status.city).toBeNull();
    expect(status.recovery?.latestBackup?.file).toBe(backup.file);
    expect(status.recovery?.setAsideAs.startsWith(paths.damagedDir)).toBe(true);
    expect(readFileSync(status.recovery?.setAsideAs ?? '')).toEqual(damaged);

    const restored = await reopened.call('backups.restore', { file: backup.file });
    expect(restored.recovery).toBeNull();
    expect(restored.city?.code).toBe('tunis');
    expect(reopened.core.store.db.pragma('quick_check', { simple: true })).toBe('ok');
    reopened.close();

    // The restored data is what is on disk, not only in memory.
    const again = openTestCore(folder.dir);
    expect((await again.call('app.status', {})).city?.names.ar).toBe('تونس');
    again.close();
  });

  it('keeps offering the backup after a restart, and refuses other writes until the user decides', async () => {
    const t = openTestCore(folder.dir);
    await t.call('city.setup', tunisSetup);
    const backup = await t.call('backups.create', {});
    t.close();
    writeFileSync(dataPaths(folder.dir).database, Buffer.alloc(8192, 0x33));
    openTestCore(folder.dir).close();

    // A second start (any command, any host) still knows, and offers the backup again.
    const again = openTestCore(folder.dir);
    const status = await again.call('app.status', {});
    expect(status.recovery?.latestBackup?.file).toBe(backup.file);
    const write = await again.core.dispatch('city.setup', { ...tunisSetup, code: 'lyon' });
    expect(write).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await again.call('preferences.update', { locale: 'fr' });
    await again.call('backups.restore', { file: backup.file });
    again.close();

    const restored = openTestCore(folder.dir);
    expect((await restored.call('app.status', {})).recovery).toBeNull();
    expect((await restored.call('app.status', {})).city?.code).toBe('tunis');
    restored.close();
  });

  it('lets only one running app hold a data folder, and restores only when no one else has it open', async () => {
    const app = openTestCore(folder.dir, { exclusive: true });
    expect(() => openTestCore(folder.dir, { exclusive: true })).toThrow(/already running on the data folder/);
    // A short command (the CLI) may still read alongside.
    const cli = openTestCore(folder.dir);
    const backup = await app.call('backups.create', {});
    const refused = await app.core.dispatch('backups.restore', { file: backup.file });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    cli.close();
    await app.call('backups.restore', { file: backup.file });
    app.close();
    // Closed cleanly: the folder is free again.
    openTestCore(folder.dir, { exclusive: true }).close();
  });

  it('says so when there is no backup to offer, and can start empty', async () => {
    openTestCore(folder.dir).close();
    writeFileSync(dataPaths(folder.dir).database, 'this is not a database at all, it is plain text'.repeat(200));
    const t = openTestCore(folder.dir);
    const status = await t.call('app.status', {});
    expect(status.recovery).not.toBeNull();
    expect(status.recovery?.latestBackup).toBeNull();
    const dismissed = await t.call('recovery.dismiss', {});
    expect(dismissed.recovery).toBeNull();
    expect(readdirSync(dataPaths(folder.dir).damagedDir)).toHaveLength(1);
    t.close();
  });

  it('refuses to restore a file that is not one of its backups', async () => {
    const t = openTestCore(folder.dir);
    await t.call('city.setup', tunisSetup);
    const outside = join(folder.dir, 'elsewhere.sqlite');
    writeFileSync(outside, '');
    for (const file of [outside, '../store/focal.sqlite', join(dataPaths(folder.dir).backupsDir, '..', 'store', 'focal.sqlite')]) {
      const answer = await t.core.dispatch('backups.restore', { file });
      expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect((await t.call('app.status', {})).city?.code).toBe('tunis');
    t.close();
  });

  it('backs up the current state before a restore', async () => {
    const t = openTestCore(folder.dir);
    const empty = await t.call('backups.create', {});
    await t.call('city.setup', tunisSetup);
    await t.call('backups.restore', { file: empty.file });
    expect((await t.call('app.status', {})).city).toBeNull();
    const safety = (await t.call('backups.list', {})).find((b) => b.reason === 'before-restore');
    expect(safety).toBeDefined();
    await t.call('backups.restore', { file: safety?.file ?? '' });
    expect((await t.call('app.status', {})).city?.code).toBe('tunis');
    t.close();
  });

  it('sweeps temp files a crash left behind at start', () => {
    openTestCore(folder.dir).close();
    const paths = dataPaths(folder.dir);
    const leftovers = [join(paths.storeDir, 'export.csv.focal-tmp-abc123'), join(paths.backupsDir, 'focal-x.sqlite.focal-tmp-def456')];
    for (const file of leftovers) writeFileSync(file, 'half');
    const kept = join(paths.backupsDir, 'notes.txt');
    writeFileSync(kept, 'mine');
    openTestCore(folder.dir).close();
    for (const file of leftovers) expect(existsSync(file)).toBe(false);
    expect(existsSync(kept)).toBe(true);
  });

  it('sweeps only the temp files of processes that are gone, never those of a process still writing', async () => {
    openTestCore(folder.dir).close();
    const paths = dataPaths(folder.dir);
    // Another Focal, still running (say, taking a backup while this one opens the folder).
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const exited = new Promise((done) => other.once('exit', done));
    try {
      const running = other.pid ?? 0;
      // A process that has exited (its temp files are a crash's leftovers).
      const gone = spawnSync(process.execPath, ['-e', '']).pid;
      const named = (dir: string, final: string, pid: number) => join(dir, `${final}.focal-tmp-${pid}-0123456789ab`);
      const ours = tempNameFor(join(paths.backupsDir, 'focal-20260101T000000000Z-manual.sqlite'));
      const theirs = named(paths.backupsDir, 'focal-20260101T000000001Z-before-import.sqlite', running);
      const crashed = named(paths.storeDir, 'focal.sqlite', gone);
      // Its writer's id now belongs to a live process, but nobody has written to it for days.
      const stale = named(paths.backupsDir, 'focal-20250101T000000000Z-manual.sqlite', running);
      // Written by a Focal from before temp names carried their writer: only a crash leaves these.
      const older = join(paths.storeDir, 'focal.sqlite.focal-tmp-abcdefabcdef');
      for (const file of [ours, theirs, crashed, stale, older]) writeFileSync(file, 'half');
      const daysAgo = (Date.now() - 2 * abandonedAfterMs) / 1000;
      utimesSync(stale, daysAgo, daysAgo);

      openTestCore(folder.dir).close();
      expect(existsSync(ours), 'this process is writing it').toBe(true);
      expect(existsSync(theirs), 'another live process is writing it').toBe(true);
      expect(existsSync(crashed)).toBe(false);
      expect(existsSync(stale)).toBe(false);
      expect(existsSync(older)).toBe(false);

      // The same rule beside a file the user chose (an export's own leftovers).
      const target = join(folder.dir, 'export.csv');
      const live = named(folder.dir, 'export.csv', running);
      const dead = named(folder.dir, 'export.csv', gone);
      for (const file of [live, dead]) writeFileSync(file, 'half');
      expect(sweepTempFilesOf(target)).toBe(1);
      expect(existsSync(live)).toBe(true);
      expect(existsSync(dead)).toBe(false);

      other.kill();
      await exited;
      openTestCore(folder.dir).close();
      expect(existsSync(theirs), 'its writer has exited').toBe(false);
      expect(existsSync(ours), 'this process is still running').toBe(true);
    } finally {
      other.kill();
    }
  });

  it('treats an empty (0-byte) data file as damaged: sets it aside and offers the latest backup', async () => {
    const t = openTestCore(folder.dir);
    await t.call('city.setup', tunisSetup);
    const backup = await t.call('backups.create', {});
    t.close();
    const paths = dataPaths(folder.dir);
    // What a failed copy or a disk that filled up can leave under the live name.
    writeFileSync(paths.database, '');

    const reopened = openTestCore(folder.dir);
    const status = await reopened.call('app.status', {});
    expect(status.recovery?.problem).toMatch(/empty/);
    expect(status.recovery?.latestBackup?.file).toBe(backup.file);
    expect(statSync(status.recovery?.setAsideAs ?? '').size).toBe(0);
    expect(await reopened.core.dispatch('city.setup', tunisSetup)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const restored = await reopened.call('backups.restore', { file: backup.file });
    expect(restored.city?.code).toBe('tunis');
    reopened.close();
  });

  it.skipIf(process.platform === 'win32')('keeps the folders it creates, the one holding set-aside files too, for the owner only', () => {
    const paths = dataPaths(join(folder.dir, 'data'));
    openTestCore(paths.root).close();
    writeFileSync(paths.database, '');
    openTestCore(paths.root).close();
    for (const dir of [paths.root, paths.storeDir, paths.backupsDir, paths.damagedDir, paths.holdersDir]) {
      expect(statSync(dir).mode & 0o777, dir).toBe(0o700);
    }
  });

  it('keeps backups outside the live database folder and rotates them', async () => {
    const t = openTestCore(folder.dir);
    for (let i = 0; i < 15; i += 1) await t.call('backups.create', {});
    const backups = await t.call('backups.list', {});
    expect(backups).toHaveLength(backupsKept.manual);
    const paths = dataPaths(folder.dir);
    for (const b of backups) expect(b.file.startsWith(paths.backupsDir)).toBe(true);
    expect(paths.backupsDir.startsWith(paths.storeDir)).toBe(false);
    t.close();
  });
});
