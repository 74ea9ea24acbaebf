import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateApp } from '../../electron/cli/app-root';
import { runCli } from '../../electron/cli/run-cli';
import { FocalError } from '../../electron/core/errors';
import { maxImportBytes } from '../../electron/core/observations/import/import-file-access';
import { openTestCore, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

async function focal(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, locateApp(), { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What registerImportFile throws, as the code and message every host shows. */
function refusal(register: () => unknown): { code: string; message: string } {
  try {
    register();
  } catch (error) {
    if (error instanceof FocalError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the file was accepted');
}

const header = 'indicator,period,sex,age,status,origin,area,value,source,note,flags';
const importWorker = locateApp().importWorker;

describe('files that are not regular files', () => {
  let folder: ReturnType<typeof tempDir>;
  let t: TestCore;
  const data = () => join(folder.dir, 'data');
  beforeEach(async () => {
    folder = tempDir();
    t = openTestCore(data(), { importWorker });
    await t.call('city.setup', tunisSetup);
  });
  afterEach(() => {
    t.close();
    folder.remove();
  });

  it('are refused at once by the CLI and by registerImportFile: a FIFO (which would block), a folder, /dev/zero', async () => {
    const fifo = join(folder.dir, 'pipe.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const directory = join(folder.dir, 'folder.csv');
    mkdirSync(directory);
    const zero = join(folder.dir, 'zero.csv');
    symlinkSync('/dev/zero', zero);
    const cases = [
      { path: fifo, message: `${fifo} is not a regular file (it is a device, a pipe or a socket). Save the data as a CSV or XLSX file and import that.` },
      { path: directory, message: `${directory} is a folder, not a file. Choose a CSV or XLSX file.` },
      { path: zero, message: `${zero} is not a regular file (it is a device, a pipe or a socket). Save the data as a CSV or XLSX file and import that.` },
      { path: '/dev/zero', message: '/dev/zero is not a regular file (it is a device, a pipe or a socket). Save the data as a CSV or XLSX file and import that.' },
    ];
    for (const { path, message } of cases) {
      const started = Date.now();
      expect(refusal(() => t.core.registerImportFile(path)), path).toEqual({ code: 'unreadable_file', message });
      const cli = await focal('observations', 'import', '--data', data(), path);
      expect(cli.code, path).toBe(1);
      expect(cli.err, path).toBe(`focal: ${message}`);
      expect(Date.now() - started, path).toBeLessThan(3000);
    }
  }, 15_000);

  it('are refused when the name is given to a FIFO after the file was chosen (preview and import)', async () => {
    const path = join(folder.dir, 'figures.csv');
    writeFileSync(path, `${header}\nPOP_TOTAL,2024,,,,,,1000,Census,,\n`);
    const id = t.core.registerImportFile(path);
    const preview = await t.call('imports.preview', { file: id, sheet: null });
    rmSync(path);
    expect(spawnSync('mkfifo', [path]).status).toBe(0);
    expect(await t.core.dispatch('imports.preview', { file: id, sheet: null })).toMatchObject({ ok: false, error: { code: 'unreadable_file', message: expect.stringContaining('is not a regular file') } });
    const job = await t.call('imports.start', { file: id, mapping: preview.mapping, dryRun: true });
    let state = job;
    for (let i = 0; i < 100 && state.state === 'running'; i += 1) {
      await new Promise((done) => setTimeout(done, 50));
      state = await t.call('imports.job', { job: job.job });
    }
    expect(state).toMatchObject({ state: 'failed', error: expect.stringContaining('is not a regular file') });
  }, 15_000);
});

describe('the import size limit', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir();
  });
  afterEach(() => folder.remove());

  /** A sparse file: its size is what the limit sees, without writing the bytes. */
  const sparse = (name: string, size: number) => {
    const path = join(folder.dir, name);
    writeFileSync(path, `${header}\n`);
    truncateSync(path, size);
    return path;
  };

  it('holds for files named by path: the CLI and registerImportFile (the desktop app) refuse one byte over it alike', async () => {
    const data = join(folder.dir, 'data');
    expect((await focal('init', '--data', data, '--city', 'tunis', '--name', 'Tunis')).code).toBe(0);
    const expected = { code: 'too_large', message: 'The file is larger than 512 MB; split it and import the parts.' };
    for (const name of ['big.csv', 'big.xlsx']) {
      const path = sparse(name, maxImportBytes + 1);
      const cli = await focal('observations', 'import', '--data', data, path);
      expect(cli.code, name).toBe(1);
      expect(cli.err, name).toBe(`focal: ${expected.message}`);
      const t = openTestCore(data);
      try {
        expect(refusal(() => t.core.registerImportFile(path)), name).toEqual(expected);
      } finally {
        t.close();
      }
    }
    // At the limit itself the file is taken (and then read as the CSV it is: a header and blank lines).
    const t = openTestCore(data);
    try {
      expect(t.core.registerImportFile(sparse('limit.csv', maxImportBytes))).toMatch(/^[0-9a-f]{24}$/);
    } finally {
      t.close();
    }
  });

  it('refuses the same way whether the file is named (desktop app, CLI) or uploaded (browser)', async () => {
    const limit = 4096;
    const t = openTestCore(join(folder.dir, 'data'), { maxImportBytes: limit });
    try {
      await t.call('city.setup', tunisSetup);
      const named = refusal(() => t.core.registerImportFile(sparse('over.csv', limit + 1)));
      const chunk = Buffer.alloc(limit / 2 + 1, 0x20).toString('base64');
      const first = await t.call('imports.upload', { upload: null, name: 'over.csv', chunk, done: false });
      const uploaded = await t.core.dispatch('imports.upload', { upload: first.upload, name: 'over.csv', chunk, done: true });
      expect(uploaded).toEqual({ ok: false, error: named });
      expect(named).toEqual({ code: 'too_large', message: 'The file is larger than 0 MB; split it and import the parts.' });
      // Within the limit both ways work.
      expect(t.core.registerImportFile(sparse('within.csv', limit))).toMatch(/^[0-9a-f]{24}$/);
    } finally {
      t.close();
    }
  });
});
