import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importBundle } from '../../electron/core/bundles/import-bundle';
import { bundleEntries, entryText, forge, signingKeyOf } from '../support/bundle-files';
import { importBundleFile, openTestCore, repoRoot, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

/**
 * A bundle of many thousands of figures, so that the thread reading them (figure-reader.ts) sends
 * them in many chunks, waits for the writing thread and is stopped by it: imported on that thread
 * and on the core's own, side by side, with the same answers and the same rows, whatever is wrong
 * with the bundle and wherever in the file it is.
 */

const threaded = { importWorker: join(repoRoot, 'dist/workers/import-worker.mjs') };

/** The sender's space as the receiver holds it. */
function senderSpace(db: Database, city: string): unknown {
  return {
    observations: db.prepare('SELECT * FROM observations WHERE city = ? ORDER BY indicator, period, sex, age, status, origin, area').all(city),
    coverage: db.prepare('SELECT indicator, period, shape, rows FROM observation_coverage WHERE city = ? ORDER BY 1, 2, 3').all(city),
  };
}

function figureCount(db: Database): number {
  return z.object({ n: z.number() }).parse(db.prepare('SELECT count(*) AS n FROM observations').get()).n;
}

describe('a bundle of many figures, read on a thread beside the writing and on the writing thread', () => {
  let folder: ReturnType<typeof tempDir>;
  let sender: TestCore;
  let besides: TestCore;
  let alone: TestCore;
  let entries: Record<string, Uint8Array>;
  let lines: string[];
  let senderCode: string;
  beforeEach(async () => {
    folder = tempDir('focal-threads-');
    sender = openTestCore(join(folder.dir, 'sender'));
    besides = openTestCore(join(folder.dir, 'besides'), threaded);
    alone = openTestCore(join(folder.dir, 'alone'));
    senderCode = (await sender.call('city.createSample', {})).code;
    for (const receiver of [besides, alone]) await receiver.call('city.setup', tunisSetup);
    const summary = await sender.call('bundles.export', { to: 'network' });
    entries = bundleEntries(join(sender.dataDir, 'bundles', 'sent', summary.name));
    // Foreign residents by country of origin, 1970 to 1994: 249 × 25 figures more than the sample's own.
    const csv = entryText(entries, 'data/observations.csv');
    const template = csv.split('\r\n').find((line) => /^[^,]+,\d{4},/.test(line)) ?? '';
    const fields = template.split(',');
    const sourceId = fields[11] ?? '';
    const countries = z
      .array(z.object({ code: z.string() }))
      .parse(sender.core.store.db.prepare('SELECT code FROM countries ORDER BY code').all())
      .map((row) => row.code);
    const many: string[] = [];
    for (let year = 1970; year < 1995; year += 1) for (const [k, country] of countries.entries()) many.push(`MIG_FOREIGN_RES,${year},,,,${country},,${100 + k},,,,${sourceId},1,1733300000000`);
    lines = [...csv.replace(/\r\n$/, '').split('\r\n'), ...many];
  });
  afterEach(() => {
    for (const core of [sender, besides, alone]) core.close();
    folder.remove();
  });

  function signed(name: string, text: string[], files?: unknown[]): { path: string; files: unknown[] } {
    const path = join(folder.dir, `${name}.focal`);
    writeFileSync(path, forge({ ...entries, 'data/observations.csv': `${text.join('\r\n')}\r\n` }, (m) => ({ ...m, bundleId: crypto.randomUUID(), ...(files ? { files } : {}) }), signingKeyOf(sender.dataDir)));
    return { path, files: z.object({ files: z.array(z.unknown()) }).parse(JSON.parse(entryText(bundleEntries(path), 'manifest.json'))).files };
  }

  /** The same file into both receivers: the same answer from both, and (refused) no figure written. */
  async function importBoth(path: string): Promise<Awaited<ReturnType<typeof importBundleFile>>> {
    const into = (receiver: TestCore) => importBundleFile(receiver, receiver.core.registerBundleFile(path), { trustKey: true });
    const [one, other] = [await into(besides), await into(alone)];
    expect({ ...one, message: one.message.replace(/ \(.*\)$/, '') }).toEqual({ ...other, message: other.message.replace(/ \(.*\)$/, '') });
    if (one.status === 'rejected') for (const receiver of [besides, alone]) expect(figureCount(receiver.core.store.db)).toBe(0);
    return one;
  }

  it('imports them all, the same rows and coverage either way', async () => {
    const { path } = signed('many', lines);
    const result = await importBoth(path);
    expect([result.status, result.message]).toEqual(['imported', 'Imported.']);
    expect(result.counts.observations?.created).toBeGreaterThan(6225);
    expect(senderSpace(besides.core.store.db, senderCode)).toEqual(senderSpace(alone.core.store.db, senderCode));
    expect(figureCount(besides.core.store.db)).toBe(figureCount(alone.core.store.db));
  });

  it('refuses a figure repeated early or a figure that does not fit late as a record that does not fit, and a file changed after signing as changed', async () => {
    const header = lines[0] ?? '';
    const body = lines.slice(1);
    const repeatedEarly = [header, body[0] ?? '', ...body];
    const lateIndex = repeatedEarly.length - 3;
    const badLate = [...lines];
    badLate[badLate.length - 3] = (badLate[badLate.length - 3] ?? '').replace(/^MIG_FOREIGN_RES,(\d{4}),,,,[A-Z]{2}/, 'MIG_FOREIGN_RES,$1,,,,QQ');

    const repeated = await importBoth(signed('repeated-early', repeatedEarly).path);
    expect(repeated).toMatchObject({ status: 'rejected', code: 'invalid_record', message: expect.stringContaining('the same figure twice') });
    const misfit = await importBoth(signed('bad-late', badLate).path);
    expect(misfit).toMatchObject({ status: 'rejected', code: 'invalid_record', message: expect.stringContaining(`line ${badLate.length - 2}`) });

    // Signed with a figure repeated early, then a figure changed late: the writing stops at the
    // repeated figure long before the reading reaches the change, and the change is still what is said.
    const { files } = signed('repeated-signed', repeatedEarly);
    const changed = [...repeatedEarly];
    changed[lateIndex] = (changed[lateIndex] ?? '').replace(/^((?:[^,]*,){7})(\d)/, (_, head: string, digit: string) => `${head}${digit === '9' ? '8' : '9'}`);
    expect(changed[lateIndex]).not.toBe(repeatedEarly[lateIndex]);
    const changedAfterSigning = await importBoth(signed('repeated-then-changed', changed, files).path);
    expect(changedAfterSigning).toMatchObject({ status: 'rejected', code: 'hash_mismatch' });

    // Nothing was left half-done: the untouched bundle imports.
    expect((await importBoth(signed('clean', lines).path)).status).toBe('imported');
  });

  it('fails after a silence, changing nothing, when the thread reading the figures dies without a word', () => {
    // A thread that ends at once, as one killed would: no message, no heartbeat.
    const silent = join(folder.dir, 'silent-reader.mjs');
    writeFileSync(silent, '// ends at once\n');
    const bytes = readFileSync(signed('silent', lines).path);
    const db = alone.core.store.db;
    const before = { figures: figureCount(db), received: db.prepare('SELECT count(*) AS n FROM received_bundles').get() };
    const started = Date.now();
    expect(() =>
      importBundle({ db, now: new Date(), backupBeforeImport: () => null, figureThread: { script: silent, resourceLimits: {} } }, { size: bytes.length, bytes: () => bytes }, { dryRun: false, trustKey: true }),
    ).toThrow('the thread reading the figures stopped answering');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect({ figures: figureCount(db), received: db.prepare('SELECT count(*) AS n FROM received_bundles').get() }).toEqual(before);
    expect(db.inTransaction).toBe(false);
  }, 40_000);
});
