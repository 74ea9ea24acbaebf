// A full disk, and the other ways a disk refuses: every failure is said in plain words with a stable
// code, nothing is half-written, earlier data stays intact, and what can still work does. The disk
// really fills: a small tmpfs mounted for the test (Linux, as root). Where mounting is not allowed
// those tests are skipped with the reason; the words themselves are checked everywhere.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { locateApp } from '../../electron/cli/app-root';
import { runCli } from '../../electron/cli/run-cli';
import { describeStorageFailure, StoreOpenError } from '../../electron/core/errors';
import { openTestCore, tempDir, tunisSetup } from '../support/temp-core';

async function focal(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  // No worker script: these commands never import, and the test must not depend on a build.
  const app = { ...locateApp(), importWorker: '' };
  const code = await runCli(argv, app, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Raw codes and error names a focal point should never have to read. */
const rawWords = /SQLITE_FULL|SQLITE_IOERR|ENOSPC|EDQUOT|no space left|disk I\/O error|database or disk is full/;

function failure(code: string): Error {
  return Object.assign(new Error(`raw ${code}`), { code });
}

describe('storage failures in plain words', () => {
  it('call a full disk or an exhausted quota storage_full, whatever layer reports it', () => {
    for (const code of ['SQLITE_FULL', 'ENOSPC', 'EDQUOT', 'SQLITE_IOERR_SHMSIZE']) {
      const described = describeStorageFailure(failure(code));
      expect(described?.code, code).toBe('storage_full');
      expect(described?.message, code).toMatch(/^The disk is full, so nothing was saved\. Free some space/);
    }
  });

  it('call a read-only disk or a folder of another account storage_denied', () => {
    for (const code of ['EROFS', 'EACCES', 'EPERM', 'SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED']) {
      const described = describeStorageFailure(failure(code));
      expect(described?.code, code).toBe('storage_denied');
      expect(described?.message, code).toMatch(/not allowed to write.*read-only/);
    }
  });

  it('call other disk errors storage_error, saying what was and was not saved', () => {
    for (const code of ['SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'EIO', 'SQLITE_CANTOPEN']) {
      const described = describeStorageFailure(failure(code), { kind: 'change', folder: tmpdir() });
      expect(described?.code, code).toBe('storage_error');
      expect(described?.message, code).toMatch(/^The disk reported an error \(.+\), so nothing was saved/);
    }
    expect(describeStorageFailure(failure('SQLITE_BUSY'))?.message).toMatch(/busy/);
    expect(describeStorageFailure(failure('SQLITE_CORRUPT'))?.message).toMatch(/damage.*latest backup/);
  });

  it('name the file an export could not write, and the folder Focal could not open', () => {
    const file = join(tmpdir(), 'export.csv');
    expect(describeStorageFailure(failure('ENOSPC'), { kind: 'file', file })?.message).toBe(
      `The disk is full, so ${file} was not saved. Free some space, or choose another disk, and try again. Your data in Focal is intact.`,
    );
    expect(describeStorageFailure(failure('EROFS'), { kind: 'file', file })?.message).toMatch(/^Focal is not allowed to write .*export\.csv/);
    expect(describeStorageFailure(failure('SQLITE_FULL'), { kind: 'open', folder: '/data' })?.message).toMatch(/^The disk is full, so Focal cannot open its data folder \/data\./);
  });

  it('leave bugs to the caller', () => {
    for (const code of ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_ERROR', 'ERR_INVALID_ARG_TYPE', '']) expect(describeStorageFailure(failure(code)), code).toBeNull();
    expect(describeStorageFailure('not an error')).toBeNull();
  });
});

/** Whether this machine lets the test mount a tmpfs (Linux as root, outside a locked-down sandbox). */
function tmpfsAllowed(): string | null {
  if (process.platform !== 'linux') return 'tmpfs mounts need Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  const probe = mkdtempSync(join(tmpdir(), 'focal-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `mount -t tmpfs is not permitted here (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const cannotMount = tmpfsAllowed();
if (cannotMount) console.log(`full-disk: the real full-disk tests are skipped: ${cannotMount}`);

const StatusJson = z.object({ city: z.object({ code: z.string() }).nullable(), recovery: z.unknown() });

describe.skipIf(cannotMount !== null)('a full disk (a real 4 MB tmpfs)', () => {
  let mountPoint: string;
  let data: string;
  let outside: ReturnType<typeof tempDir>;

  /** Fills the disk to the last byte; answers a function that frees the space again. */
  function fillTheDisk(): () => void {
    const fillers: string[] = [];
    for (const size of [256 * 1024, 16 * 1024, 4096, 512, 1]) {
      for (;;) {
        const file = join(mountPoint, `filler-${fillers.length}`);
        try {
          writeFileSync(file, Buffer.alloc(size, 1));
          fillers.push(file);
        } catch {
          rmSync(file, { force: true });
          break;
        }
      }
    }
    expect(() => writeFileSync(join(mountPoint, 'one-more'), 'x')).toThrow(/ENOSPC/);
    rmSync(join(mountPoint, 'one-more'), { force: true });
    return () => {
      for (const file of fillers) rmSync(file, { force: true });
    };
  }

  beforeEach(() => {
    mountPoint = mkdtempSync(join(tmpdir(), 'focal-full-disk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m,mode=0700', 'tmpfs', mountPoint]);
    data = join(mountPoint, 'data');
    outside = tempDir();
  });

  afterEach(() => {
    // Lazily, should a failed test have left a connection open on it.
    spawnSync('umount', ['-l', mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
    outside.remove();
  });

  it('focal status still answers (reading only); writes and exports say the disk is full, in one plain line', async () => {
    expect((await focal('init', '--data', data, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN')).code).toBe(0);
    const setUp = openTestCore(data);
    // A figure to export (the worker-less core imports on this thread).
    const csv = join(outside.dir, 'figures.csv');
    writeFileSync(csv, 'indicator,period,sex,age,status,origin,area,value,source,note,flags\nPOP_TOTAL,2024,,,,,,1000,Census,,\n');
    const file = setUp.core.registerImportFile(csv);
    const preview = await setUp.call('imports.preview', { file, sheet: null });
    expect(await setUp.call('imports.start', { file, mapping: preview.mapping, dryRun: false })).toMatchObject({ state: 'done' });
    setUp.close();
    const free = fillTheDisk();

    const status = await focal('status', '--data', data);
    expect(status.code, status.err).toBe(0);
    expect(status.out).toMatch(/Tunis \(tunis\)/);
    const json = await focal('status', '--data', data, '--json');
    expect(StatusJson.parse(JSON.parse(json.out))).toMatchObject({ city: { code: 'tunis' }, recovery: null });

    const demo = await focal('demo', '--data', data);
    expect(demo.code).toBe(1);
    expect(demo.err).toMatch(/^focal: The disk is full/);
    expect(demo.err.split('\n')).toHaveLength(1);
    expect(demo.err).not.toMatch(rawWords);

    const onTheFullDisk = join(mountPoint, 'figures.csv');
    const refused = await focal('observations', 'export', '--data', data, '--out', onTheFullDisk);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`focal: The disk is full, so ${onTheFullDisk} was not saved. Free some space, or choose another disk, and try again. Your data in Focal is intact.`);
    expect(readdirSync(mountPoint).filter((name) => name.startsWith('figures.csv'))).toEqual([]);

    // The same folder exports to another disk: reading needs no room.
    const elsewhere = join(outside.dir, 'figures.csv');
    const exported = await focal('observations', 'export', '--data', data, '--out', elsewhere);
    expect(exported.code, exported.err).toBe(0);
    expect(existsSync(elsewhere)).toBe(true);

    // A running app cannot work read-only: it says why it cannot start.
    let appFailure: unknown;
    try {
      openTestCore(data, { exclusive: true }).close();
    } catch (error) {
      appFailure = error;
    }
    expect(appFailure).toBeInstanceOf(StoreOpenError);
    expect(appFailure).toMatchObject({ reason: 'storage_full', message: expect.stringMatching(/^The disk is full, so Focal cannot open its data folder .* your data is intact\.$/) });

    free();
    const again = openTestCore(data);
    expect(again.core.store.readOnly).toBe(false);
    expect((await again.call('city.update', { ...tunisSetup, names: { ...tunisSetup.names, en: 'Tunis (city)' } })).names.en).toBe('Tunis (city)');
    expect(again.core.store.db.pragma('quick_check', { simple: true })).toBe('ok');
    again.close();
  });

  it('a running core keeps working: a write fails plainly with nothing changed, and succeeds once there is room', async () => {
    const t = openTestCore(data);
    await t.call('city.setup', tunisSetup);
    const backupsBefore = await t.call('backups.list', {});
    // Every change must now grow the write-ahead log (an emptied one could take a small change in place).
    t.core.store.db.pragma('wal_checkpoint(TRUNCATE)');
    const free = fillTheDisk();

    const update = await t.core.dispatch('city.update', { ...tunisSetup, names: { ...tunisSetup.names, en: 'Tunis on a full disk' } });
    expect(update).toMatchObject({ ok: false, error: { code: 'storage_full' } });
    expect(JSON.stringify(update)).not.toMatch(rawWords);
    const backup = await t.core.dispatch('backups.create', {});
    expect(backup).toMatchObject({ ok: false, error: { code: 'storage_full' } });
    // No half backup, and no temp file, left behind.
    expect(await t.call('backups.list', {})).toEqual(backupsBefore);
    expect(readdirSync(t.core.paths.backupsDir).filter((name) => name.includes('.focal-tmp-'))).toEqual([]);
    // Reads still answer, with the data as it was.
    expect((await t.call('app.status', {})).city?.names.en).toBe('Tunis');

    free();
    expect((await t.call('city.update', { ...tunisSetup, names: { ...tunisSetup.names, en: 'Tunis again' } })).names.en).toBe('Tunis again');
    expect((await t.call('backups.create', {})).reason).toBe('manual');
    expect(t.core.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    t.close();
  });

  it('a new data folder on a full disk is refused with the same plain words', async () => {
    mkdirSync(data);
    const free = fillTheDisk();
    const status = await focal('status', '--data', data);
    expect(status.code).toBe(1);
    expect(status.err).toMatch(/^focal: The disk is full, so Focal cannot open its data folder/);
    expect(status.err).not.toMatch(rawWords);
    free();
    // What the refused start began is gone: the folder opens as a new one, not as a damaged one.
    const after = await focal('status', '--data', data, '--json');
    expect(after.code, after.err).toBe(0);
    expect(StatusJson.parse(JSON.parse(after.out))).toEqual({ city: null, recovery: null });
  });
});
