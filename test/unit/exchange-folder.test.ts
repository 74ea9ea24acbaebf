import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/api/contract';
import type { ErrorCode } from '../../shared/api/result';
import { importBundleFile, openTestCore, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

describe('the exchange folder', () => {
  let folder: ReturnType<typeof tempDir>;
  let a: TestCore;
  let b: TestCore;
  let sync: string;
  beforeEach(async () => {
    folder = tempDir('focal-exchange-folder-');
    a = openTestCore(join(folder.dir, 'a'));
    b = openTestCore(join(folder.dir, 'b'));
    await a.call('city.createSample', {});
    await b.call('city.setup', tunisSetup);
    sync = join(folder.dir, 'Nextcloud', 'Focal network');
    mkdirSync(sync, { recursive: true });
  });
  afterEach(() => {
    a.close();
    b.close();
    folder.remove();
  });

  async function refusal<M extends MethodName>(t: TestCore, method: M, input: MethodInput<M>): Promise<{ code: ErrorCode; message: string }> {
    const answer = await t.client.call(method, input);
    if (answer.ok) throw new Error(`${method} was expected to refuse`);
    return answer.error;
  }

  it('is unset at first, is set to an existing folder with inbox/ and outbox/, and is cleared without touching the files', async () => {
    expect(await a.call('exchangeFolder.get', {})).toEqual({ folder: null });
    const set = await a.call('exchangeFolder.set', { path: sync });
    expect(set.folder).toEqual({ path: sync, inbox: join(sync, 'inbox'), outbox: join(sync, 'outbox'), exists: true, writable: true });
    expect(readdirSync(sync).sort()).toEqual(['inbox', 'outbox']);
    expect((await a.call('exchangeFolder.get', {})).folder?.path).toBe(sync);
    writeFileSync(join(sync, 'inbox', 'kept.focal'), 'x');
    expect(await a.call('exchangeFolder.clear', {})).toEqual({ folder: null });
    expect(await a.call('exchangeFolder.get', {})).toEqual({ folder: null });
    expect(readdirSync(join(sync, 'inbox'))).toEqual(['kept.focal']);
  });

  it('refuses a relative path, a missing folder, a file, the data folder and what holds it, and a folder it cannot write, keeping the earlier setting', async () => {
    await a.call('exchangeFolder.set', { path: sync });
    expect(await refusal(a, 'exchangeFolder.set', { path: 'Nextcloud/Focal' })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('not a full path') });
    expect(await refusal(a, 'exchangeFolder.set', { path: join(folder.dir, 'nowhere') })).toMatchObject({ code: 'not_found', message: expect.stringContaining('There is no folder') });
    writeFileSync(join(folder.dir, 'a-file'), 'x');
    expect(await refusal(a, 'exchangeFolder.set', { path: join(folder.dir, 'a-file') })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('is a file, not a folder') });
    mkdirSync(join(a.dataDir, 'shared'));
    expect(await refusal(a, 'exchangeFolder.set', { path: join(a.dataDir, 'shared') })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('inside Focal’s data folder') });
    expect(await refusal(a, 'exchangeFolder.set', { path: a.dataDir })).toMatchObject({ code: 'invalid_input' });
    expect(await refusal(a, 'exchangeFolder.set', { path: folder.dir })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('holds Focal’s data folder') });
    // Root may write anywhere a mode allows; /sys refuses even root.
    const locked = process.getuid?.() === 0 ? '/sys' : join(folder.dir, 'locked');
    if (locked !== '/sys') {
      mkdirSync(locked);
      chmodSync(locked, 0o555);
    }
    expect(await refusal(a, 'exchangeFolder.set', { path: locked })).toMatchObject({ code: 'storage_denied' });
    expect((await a.call('exchangeFolder.get', {})).folder?.path).toBe(sync);
  });

  it('places every exported bundle in outbox/ as a whole file under its sent name, and says so', async () => {
    const none = await a.call('bundles.export', { to: 'network' });
    expect(none.outbox).toBeNull();
    await a.call('exchangeFolder.set', { path: sync });
    // What a copy killed midway left (a hidden temp of a process long gone) is cleared by the next.
    const next = `focal-sample-city-to-network-000002-${new Date().toISOString().slice(0, 10)}.focal`;
    writeFileSync(join(sync, 'outbox', `.${next}.focal-tmp-999999-abcdefabcdef`), 'half');
    const summary = await a.call('bundles.export', { to: 'network', sinceLast: true });
    expect(summary.name).toBe(next);
    expect(summary.outbox).toEqual({ path: join(sync, 'outbox', summary.name) });
    expect(readdirSync(join(sync, 'outbox'))).toEqual([summary.name]);
    expect(readFileSync(join(sync, 'outbox', summary.name))).toEqual(readFileSync(join(a.dataDir, 'bundles', 'sent', summary.name)));
  });

  it('still makes the bundle when the outbox cannot be written, and says why', async () => {
    await a.call('exchangeFolder.set', { path: sync });
    // The outbox replaced by a file: the copy itself fails.
    rmSync(join(sync, 'outbox'), { recursive: true });
    writeFileSync(join(sync, 'outbox'), 'x');
    const blocked = await a.call('bundles.export', { to: 'network' });
    expect(blocked.outbox).toEqual({ error: expect.stringContaining(join(sync, 'outbox', blocked.name)) });
    expect(readdirSync(sync).sort()).toEqual(['inbox', 'outbox']);
    // The whole folder gone (a removed drive): it is not made again.
    rmSync(sync, { recursive: true });
    const summary = await a.call('bundles.export', { to: 'network' });
    expect(summary.outbox).toEqual({ error: expect.stringContaining('is not there') });
    expect((await a.call('bundles.sent', {})).map((s) => s.bundleId)).toEqual([summary.bundleId, blocked.bundleId]);
    expect((await a.call('exchangeFolder.get', {})).folder).toMatchObject({ exists: false, writable: false });
    expect(readdirSync(join(folder.dir, 'Nextcloud'))).toEqual([]);
  });

  it('lists only finished .focal files in inbox/, newest first, and marks the ones already imported', async () => {
    await b.call('exchangeFolder.set', { path: sync });
    const inbox = join(sync, 'inbox');
    const made = await a.call('bundles.export', { to: 'network' });
    const sent = join(a.dataDir, 'bundles', 'sent', made.name);
    copyFileSync(sent, join(inbox, 'from-sample.focal'));
    writeFileSync(join(inbox, 'older.focal'), 'not really a bundle');
    utimesSync(join(inbox, 'older.focal'), new Date('2026-01-01'), new Date('2026-01-01'));
    for (const partial of ['.syncthing.x.focal.tmp', '.hidden.focal', '~x.focal', 'x.focal.part', 'x.focal~', 'x.focal.tmp', 'x.focal.sync', 'x.focal.focal-tmp-1-abcdefabcdef', 'notes.txt']) writeFileSync(join(inbox, partial), 'x');
    mkdirSync(join(inbox, 'folder.focal'));
    symlinkSync(sent, join(inbox, 'link.focal'));

    const first = await b.call('exchangeFolder.inbox', {});
    expect(first.files.map((f) => [f.name, f.received])).toEqual([
      ['from-sample.focal', false],
      ['older.focal', false],
    ]);
    expect(first.files[0]?.size).toBe(readFileSync(sent).length);
    expect(first.files[1]?.modifiedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(first.more).toBe(0);

    const opened = await b.call('exchangeFolder.open', { name: 'from-sample.focal' });
    const preview = await importBundleFile(b, opened.file, { dryRun: true, trustKey: true });
    expect(preview).toMatchObject({ status: 'checked', sender: { city: 'sample-city' } });
    expect((await b.call('exchangeFolder.inbox', {})).files[0]?.received).toBe(false);
    expect(await importBundleFile(b, opened.file, { trustKey: true })).toMatchObject({ status: 'imported' });
    expect((await b.call('exchangeFolder.inbox', {})).files.map((f) => [f.name, f.received])).toEqual([
      ['from-sample.focal', true],
      ['older.focal', false],
    ]);
  });

  it('caps a crowded inbox and says how many it leaves out', async () => {
    await b.call('exchangeFolder.set', { path: sync });
    for (let n = 0; n < 105; n += 1) writeFileSync(join(sync, 'inbox', `b-${n}.focal`), 'x');
    const listing = await b.call('exchangeFolder.inbox', {});
    expect(listing.files).toHaveLength(100);
    expect(listing.more).toBe(5);
  });

  it('opens only plain files of the inbox by name: no paths, no way up, no links, nothing without a folder', async () => {
    expect(await refusal(b, 'exchangeFolder.inbox', {})).toMatchObject({ code: 'not_found', message: expect.stringContaining('No exchange folder') });
    expect(await refusal(b, 'exchangeFolder.open', { name: 'x.focal' })).toMatchObject({ code: 'not_found' });
    await b.call('exchangeFolder.set', { path: sync });
    const made = await a.call('bundles.export', { to: 'network' });
    const sent = join(a.dataDir, 'bundles', 'sent', made.name);
    copyFileSync(sent, join(sync, 'secret.focal'));
    symlinkSync(sent, join(sync, 'inbox', 'link.focal'));
    for (const name of ['../secret.focal', '..', 'sub/x.focal', '..\\secret.focal', sent, '.hidden.focal', 'x.focal.part']) {
      expect(await refusal(b, 'exchangeFolder.open', { name })).toMatchObject({ code: 'invalid_input' });
    }
    expect(await refusal(b, 'exchangeFolder.open', { name: 'link.focal' })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('not a regular file') });
    expect(await refusal(b, 'exchangeFolder.open', { name: 'gone.focal' })).toMatchObject({ code: 'not_found', message: expect.stringContaining('no longer in the inbox') });
  });
});
