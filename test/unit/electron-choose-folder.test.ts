import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseExchangeFolder, folderDialogOf } from '../../electron/main/choose-exchange-folder';
import { openTestCore, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

describe('choosing the exchange folder in the desktop app’s dialog', () => {
  let folder: ReturnType<typeof tempDir>;
  let t: TestCore;
  beforeEach(async () => {
    folder = tempDir('focal-choose-folder-');
    t = openTestCore(join(folder.dir, 'data'));
    await t.call('city.setup', tunisSetup);
  });
  afterEach(() => {
    t.close();
    folder.remove();
  });

  const dialogAnswering = (answer: { canceled: boolean; filePaths: string[] }, asked: OpenDialogOptions[] = []) => ({
    showOpenDialog: (options: OpenDialogOptions) => {
      asked.push(options);
      return Promise.resolve(answer);
    },
  });

  it('asks for a folder, then sets it through the core’s checks', async () => {
    const sync = join(folder.dir, 'OneDrive');
    mkdirSync(sync);
    const asked: OpenDialogOptions[] = [];
    const answer = await chooseExchangeFolder(dialogAnswering({ canceled: false, filePaths: [sync] }, asked), (m, i) => t.core.dispatch(m, i));
    expect(asked[0]?.properties).toContain('openDirectory');
    expect(answer).toMatchObject({ ok: true, value: { folder: { path: sync, exists: true, writable: true } } });
    expect(readdirSync(sync).sort()).toEqual(['inbox', 'outbox']);
  });

  it('changes nothing when the dialog is cancelled, and refuses a chosen folder the core refuses', async () => {
    const cancelled = await chooseExchangeFolder(dialogAnswering({ canceled: true, filePaths: [] }), (m, i) => t.core.dispatch(m, i));
    expect(cancelled).toEqual({ ok: true, value: { folder: null } });
    const inside = await chooseExchangeFolder(dialogAnswering({ canceled: false, filePaths: [join(folder.dir, 'data')] }), (m, i) => t.core.dispatch(m, i));
    expect(inside).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await t.call('exchangeFolder.get', {})).toEqual({ folder: null });
  });

  it('is answered by the core, where there is no dialog, with a refusal that says to type the path', async () => {
    expect(folderDialogOf({})).toBeNull();
    const answer = await t.client.call('exchangeFolder.choose', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('type the folder’s full path') } });
  });
});
