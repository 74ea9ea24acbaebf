import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { keyChangeStatement } from '../../shared/bundle/bundle-manifest';
import { bundleEntries, entryText, forge, publicKeyBase64, signingKeyOf } from '../support/bundle-files';
import { shapeSql } from '../../electron/core/observations/store/observation-columns';
import { importBundleFile, openTestCore, repoRoot, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

/** Every row of every table, in a stable order, hashed: what "nothing changed" is checked against. */
function dump(db: Database, except: readonly string[] = []): string {
  return createHash('sha256').update(dumpText(db, except)).digest('hex');
}

function dumpText(db: Database, except: readonly string[]): string {
  const tables = z.array(z.object({ name: z.string() })).parse(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all());
  return JSON.stringify(
    tables
      .filter((t) => !except.includes(t.name))
      .map((t) => {
        const columns = z.array(z.unknown()).parse(db.prepare('SELECT name FROM pragma_table_info(?)').all(t.name)).length;
        const order = Array.from({ length: columns }, (_, k) => k + 1).join(', ');
        return [t.name, db.prepare(`SELECT * FROM "${t.name}" ORDER BY ${order}`).all()];
      }),
  );
}

/** The rows of one city's space in the tables that hold records. */
function space(db: Database, city: string): string {
  const tables = ['observations', 'observation_tombstones', 'sources', 'city_indicators', 'districts', 'profile_narratives', 'commitments', 'priority_papers', 'paper_versions', 'activities', 'assessments'];
  return JSON.stringify(tables.map((table) => db.prepare(`SELECT * FROM ${table} WHERE city = ? ORDER BY 2, 3`).all(city)));
}

const received = ['received_bundles'];

/** A city's coverage counts as stored, and as recounted from its figures: the same when the import kept them right. */
function coverage(db: Database, city: string): { stored: unknown[]; recounted: unknown[] } {
  return {
    stored: db.prepare('SELECT indicator, period, shape, rows FROM observation_coverage WHERE city = ? ORDER BY 1, 2, 3').all(city),
    recounted: db.prepare(`SELECT indicator, period, ${shapeSql()} AS shape, count(*) AS rows FROM observations WHERE city = ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`).all(city),
  };
}

function comparisonKey(status: { city: { signingKey: { fingerprint: string } } | null }): string | undefined {
  return status.city?.signingKey.fingerprint;
}

/**
 * The hosts import on the bundle thread with the figures read on a thread of their own
 * (figures-on-thread.ts); a core without worker scripts imports on its own thread. Every case runs
 * both ways: the answers and the tables must be the same.
 */
const threadedImport = { importWorker: join(repoRoot, 'dist/workers/import-worker.mjs') };

describe.each([
  ['on the core’s own thread', {}],
  ['on the bundle thread, the figures read on a thread beside it', threadedImport],
])('importing a bundle into the sender’s space, %s', (_how, receiver) => {
  let folder: ReturnType<typeof tempDir>;
  let a: TestCore;
  let b: TestCore;
  beforeEach(async () => {
    folder = tempDir('focal-exchange-');
    a = openTestCore(join(folder.dir, 'a'));
    b = openTestCore(join(folder.dir, 'b'), receiver);
    await a.call('city.createSample', {});
    await b.call('city.setup', tunisSetup);
    await b.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2024', value: '1056247', source: 'INS' } });
  });
  afterEach(() => {
    a.close();
    b.close();
    folder.remove();
  });

  async function exportFrom(from: TestCore, input: { to: string; sinceLast?: boolean }): Promise<string> {
    const summary = await from.call('bundles.export', input);
    return join(from.dataDir, 'bundles', 'sent', summary.name);
  }

  function importInto(to: TestCore, file: string, options: { dryRun?: boolean; trustKey?: boolean } = {}) {
    return importBundleFile(to, to.core.registerBundleFile(file), options);
  }

  it('asks for trust first, previews without writing, then imports everything under the sender, and a second time is a duplicate', async () => {
    const file = await exportFrom(a, { to: 'network' });
    const before = dump(b.core.store.db, received);

    const untrusted = await importInto(b, file);
    expect(untrusted).toMatchObject({ status: 'rejected', code: 'untrusted_key', sender: { city: 'sample-city' } });
    const aKey = (await a.call('app.status', {})).city?.signingKey.fingerprint;
    expect(untrusted.sender?.fingerprint).toBe(aKey);
    expect(dump(b.core.store.db, received)).toBe(before);

    const preview = await importInto(b, file, { dryRun: true, trustKey: true });
    expect(preview.status).toBe('checked');
    expect(preview.counts.commitments).toEqual({ created: 11, updated: 0, unchanged: 0, conflicts: 0, deleted: 0 });
    expect(preview.counts.observations?.created).toBe((preview.claims['data/observations.csv'] ?? 0) - preview.suppressed);
    expect(dump(b.core.store.db, received)).toBe(before);

    const own = space(b.core.store.db, 'tunis');
    const imported = await importInto(b, file, { trustKey: true });
    expect(imported).toMatchObject({ status: 'imported', code: null, counts: preview.counts, suppressed: preview.suppressed });
    expect(space(b.core.store.db, 'tunis')).toBe(own);
    const counted = coverage(b.core.store.db, 'sample-city');
    expect(counted.stored.length).toBeGreaterThan(10);
    expect(counted.stored).toEqual(counted.recounted);
    const status = await b.call('app.status', {});
    expect(status.peers.map((p) => p.code)).toEqual(['sample-city']);
    const theirs = await b.call('commitments.list', { city: 'sample-city' });
    const mine = await a.call('commitments.list', {});
    expect(theirs.map((c) => [c.uid, c.revision, c.progress])).toEqual(mine.map((c) => [c.uid, c.revision, c.progress]));
    expect((await b.call('commitments.list', {})).length).toBe(0);
    const trusted = await b.call('trust.list', {});
    expect(trusted).toEqual([expect.objectContaining({ fingerprint: aKey, city: 'sample-city', how: 'bundle', replacedBy: null })]);

    const after = dump(b.core.store.db, received);
    for (let round = 0; round < 2; round++) {
      expect(await importInto(b, file)).toMatchObject({ status: 'duplicate', code: null });
      expect(dump(b.core.store.db, received)).toBe(after);
    }
    const log = z.array(z.object({ result: z.string(), code: z.string().nullable(), sender: z.string().nullable() })).parse(b.core.store.db.prepare('SELECT result, code, sender FROM received_bundles ORDER BY id').all());
    expect(log).toEqual([
      { result: 'rejected', code: 'untrusted_key', sender: 'sample-city' },
      { result: 'imported', code: null, sender: 'sample-city' },
      { result: 'duplicate', code: null, sender: 'sample-city' },
      { result: 'duplicate', code: null, sender: 'sample-city' },
    ]);
  });

  it('takes newer revisions and deletions from the same sender, refuses an older sequence as a replay, and goes both ways', async () => {
    const first = await exportFrom(a, { to: 'tunis' });
    expect((await importInto(b, first, { trustKey: true })).status).toBe('imported');

    const [commitment] = await a.call('commitments.list', {});
    if (!commitment) throw new Error('the sample city has commitments');
    await a.call('commitments.delete', { uid: commitment.uid });
    await a.call('observations.delete', { keys: [{ indicator: 'POP_TOTAL', period: '2024', sex: '', age: '', status: '', origin: '', area: '' }] });
    const older = await exportFrom(a, { to: 'network' });
    const changes = await exportFrom(a, { to: 'tunis', sinceLast: true });
    const applied = await importInto(b, changes);
    expect(applied.status).toBe('imported');
    expect(applied.counts.commitments).toMatchObject({ deleted: 1, created: 0 });
    expect(applied.counts.observations).toMatchObject({ deleted: 1 });
    expect((await b.call('commitments.list', { city: 'sample-city' })).some((c) => c.uid === commitment.uid)).toBe(false);
    const counted = coverage(b.core.store.db, 'sample-city');
    expect(counted.stored).toEqual(counted.recounted);

    const before = dump(b.core.store.db, received);
    expect(await importInto(b, older)).toMatchObject({ status: 'rejected', code: 'replay' });
    expect(dump(b.core.store.db, received)).toBe(before);

    const back = await exportFrom(b, { to: 'sample-city' });
    expect(await importInto(a, back, { trustKey: true })).toMatchObject({ status: 'imported', counts: { observations: { created: 1 } } });
    expect((await a.call('app.status', {})).peers.map((p) => p.code)).toEqual(['porto-sereno', 'tunis', 'wadi-nour']);
  });

  it('refuses a bundle for another city, from itself, or re-using an id, changing nothing', async () => {
    const forLyon = await exportFrom(a, { to: 'lyon' });
    const own = await exportFrom(b, { to: 'network' });
    const before = dump(b.core.store.db, received);
    expect(await importInto(b, forLyon, { trustKey: true })).toMatchObject({ status: 'rejected', code: 'not_for_this_city' });
    expect(await importInto(b, own, { trustKey: true })).toMatchObject({ status: 'rejected', code: 'own_city' });
    expect(dump(b.core.store.db, received)).toBe(before);

    const file = await exportFrom(a, { to: 'network' });
    expect((await importInto(b, file, { trustKey: true })).status).toBe('imported');
    const entries = bundleEntries(file);
    const sameId = forge(entries, (m) => ({ ...m, sequence: 50 }), signingKeyOf(a.dataDir));
    const path = join(folder.dir, 'same-id.focal');
    writeFileSync(path, sameId);
    expect(await importInto(b, path)).toMatchObject({ status: 'rejected', code: 'bundle_id_reused' });
  });

  it('accepts a new key only when the trusted one signed the change', async () => {
    const file = await exportFrom(a, { to: 'network' });
    expect((await importInto(b, file, { trustKey: true })).status).toBe('imported');
    const entries = bundleEntries(file);
    const oldKey = signingKeyOf(a.dataDir);
    const next = generateKeyPairSync('ed25519').privateKey;
    const newPublic = publicKeyBase64(next);
    const write = (name: string, bytes: Uint8Array): string => {
      const path = join(folder.dir, name);
      writeFileSync(path, bytes);
      return path;
    };
    const renewed = (sequence: number, keyChange?: object) =>
      forge(entries, (m) => ({ ...m, bundleId: crypto.randomUUID(), sequence, sender: { ...z.object({ sender: z.record(z.string(), z.unknown()) }).parse(m).sender, publicKey: newPublic }, ...(keyChange ? { keyChange } : {}) }), next);

    const before = dump(b.core.store.db, received);
    expect(await importInto(b, write('unsigned-change.focal', renewed(10)), { trustKey: true })).toMatchObject({ status: 'rejected', code: 'key_changed' });
    const forged = { previousPublicKey: publicKeyBase64(oldKey), signature: sign(null, Buffer.from(keyChangeStatement('sample-city', newPublic)), next).toString('base64') };
    expect(await importInto(b, write('self-signed-change.focal', renewed(11, forged)))).toMatchObject({ status: 'rejected', code: 'key_changed' });
    expect(dump(b.core.store.db, received)).toBe(before);

    const signed = { previousPublicKey: publicKeyBase64(oldKey), signature: sign(null, Buffer.from(keyChangeStatement('sample-city', newPublic)), oldKey).toString('base64') };
    expect(await importInto(b, write('signed-change.focal', renewed(12, signed)))).toMatchObject({ status: 'imported' });
    const keys = await b.call('trust.list', {});
    expect(keys.map((k) => [k.how, k.replacedBy === null])).toEqual([
      ['bundle', false],
      ['key-change', true],
    ]);
    // The old key no longer speaks for the city.
    const stale = forge(entries, (m) => ({ ...m, bundleId: crypto.randomUUID(), sequence: 13 }), oldKey);
    expect(await importInto(b, write('old-key.focal', stale))).toMatchObject({ status: 'rejected', code: 'key_changed' });
  });

  it('refuses figures changed after signing as changed, even when the change also breaks a record or the bundle is refused for something else', async () => {
    // The figures are checked while they are applied (read-bundle.ts, checkWhileReading): these
    // changes keep the file's length, so only their content can give them away.
    const file = await exportFrom(a, { to: 'network' });
    const key = signingKeyOf(a.dataDir);
    const entries = bundleEntries(file);
    const csv = entryText(entries, 'data/observations.csv');
    const signedFiles = z.object({ files: z.array(z.unknown()) }).parse(JSON.parse(entryText(entries, 'manifest.json'))).files;
    const changedValue = csv.replace(/\r\n(POP_TOTAL,\d{4},,,,,,)\d/, '\r\n$19');
    const brokenValue = csv.replace(/\r\n(POP_TOTAL,\d{4},,,,,,)\d/, '\r\n$1x');
    expect(changedValue).not.toBe(csv);
    expect(changedValue).toHaveLength(csv.length);
    expect(brokenValue).toHaveLength(csv.length);
    // The same figure twice near the start, signed, then a figure changed: the writing stops at the
    // repeated figure while the file is still being read (on another thread, or here) and checked.
    const lines = csv.split('\r\n');
    const twice = [lines[0], lines[1], ...lines.slice(1)].join('\r\n');
    const twicePath = join(folder.dir, 'twice-signed.focal');
    writeFileSync(twicePath, forge({ ...entries, 'data/observations.csv': twice }, (m) => m, key));
    const twiceSigned = z.object({ files: z.array(z.unknown()) }).parse(JSON.parse(entryText(bundleEntries(twicePath), 'manifest.json'))).files;
    const twiceRows = twice.split('\r\n');
    const lastFigure = twiceRows.findLastIndex((row) => /^(?:[^,]*,){7}\d/.test(row));
    twiceRows[lastFigure] = (twiceRows[lastFigure] ?? '').replace(/^((?:[^,]*,){7})(\d)/, (_, head: string, digit: string) => `${head}${digit === '9' ? '8' : '9'}`);
    const twiceChanged = twiceRows.join('\r\n');
    expect(lastFigure).toBeGreaterThan(100);
    expect(twiceChanged).not.toBe(twice);
    const cases: [string, string, (m: Record<string, unknown>) => Record<string, unknown>, string][] = [
      ['a figure changed', changedValue, (m) => ({ ...m, files: signedFiles }), 'hash_mismatch'],
      ['the same figure twice, and a figure changed', twiceChanged, (m) => ({ ...m, files: twiceSigned }), 'hash_mismatch'],
      ['a figure changed into one that does not parse', brokenValue, (m) => ({ ...m, files: signedFiles }), 'hash_mismatch'],
      ['a figure changed in a bundle for another city', changedValue, (m) => ({ ...m, files: signedFiles, recipients: 'lyon' }), 'hash_mismatch'],
      ['a figure counted twice in the manifest', csv, (m) => ({ ...m, files: z.array(z.object({ path: z.string(), records: z.number() }).passthrough()).parse(m.files).map((f) => (f.path === 'data/observations.csv' ? { ...f, records: f.records + 1 } : f)) }), 'record_count_mismatch'],
    ];
    const before = dump(b.core.store.db, received);
    for (const [name, figures, change, code] of cases) {
      const path = join(folder.dir, `${name.replaceAll(' ', '-')}.focal`);
      writeFileSync(path, forge({ ...entries, 'data/observations.csv': figures }, (m) => change({ ...m, bundleId: crypto.randomUUID() }), key));
      for (const dryRun of [true, false]) {
        const result = await importInto(b, path, { trustKey: true, dryRun });
        expect([name, dryRun, result.status, result.code]).toEqual([name, dryRun, 'rejected', code]);
        expect(dump(b.core.store.db, received), name).toBe(before);
      }
    }
    expect((await importInto(b, file, { trustKey: true })).status).toBe('imported');
  });

  it('refuses a signed bundle whose records do not fit, and keeps every table as it was', async () => {
    const file = await exportFrom(a, { to: 'network' });
    const key = signingKeyOf(a.dataDir);
    const entries = bundleEntries(file);
    const csv = entryText(entries, 'data/observations.csv');
    const records = entryText(entries, 'records/commitments.ndjson');
    const advice = entryText(entries, 'records/advice.ndjson');
    const cases: [string, Record<string, Uint8Array | string>, string][] = [
      ['a code not in the codelists', { 'data/observations.csv': csv.replace(/\r\nPOP_TOTAL,([0-9]{4}),,/, '\r\nPOP_TOTAL,$1,Q,') }, 'invalid_record'],
      ['a period that does not parse', { 'data/observations.csv': `${csv}POP_TOTAL,2024-Q7,,,,,,5,x,,,${'0'.repeat(8)}-0000-4000-8000-000000000000,1,1\r\n` }, 'invalid_record'],
      ['a figure with an unknown source', { 'data/observations.csv': `${csv}POP_TOTAL,2030,,,,,,5,x,,,00000000-0000-4000-8000-000000000000,1,1\r\n` }, 'invalid_record'],
      ['the same figure twice', { 'data/observations.csv': `${csv}${csv.split('\r\n')[1] ?? ''}\r\n` }, 'invalid_record'],
      ['other columns', { 'data/observations.csv': csv.replace('indicator,period', 'period,indicator') }, 'invalid_record'],
      ['a record with a field too many', { 'records/commitments.ndjson': records.replace('{"uid"', '{"city":"tunis","uid"') }, 'invalid_record'],
      ['a record that is not JSON', { 'records/commitments.ndjson': `${records}{"uid": \n` }, 'invalid_record'],
      ['a record nested too deep', { 'records/activities.ndjson': `${'['.repeat(100)}${']'.repeat(100)}\n` }, 'json_too_large'],
      ['a commitment whose targets are a number', { 'records/commitments.ndjson': records.replace(/"targets":.*?,"notes"/, '"targets":5,"notes"') }, 'invalid_record'],
      ['an assessment whose scores are a word', { 'records/assessments.ndjson': entryText(entries, 'records/assessments.ndjson').replace(/"scores":.*?,"revision"/, '"scores":"high","revision"') }, 'invalid_record'],
      ['a record breaking a table rule', { 'records/commitments.ndjson': records.replace(/"revision":\d+/, '"revision":0') }, 'invalid_record'],
      ['an advice whose texts are a word', { 'records/advice.ndjson': advice.replace(/"texts":\{.*?\},"quote"/, '"texts":"see me","quote"') }, 'invalid_record'],
      ['an advice on a kind of item Focal does not know', { 'records/advice.ndjson': advice.replace('"item_kind":"indicator"', '"item_kind":"pilot"') }, 'invalid_record'],
      ['a request whose question is a list', { 'records/advice-requests.ndjson': entryText(entries, 'records/advice-requests.ndjson').replace(/"texts":\{.*?\},"author"/, '"texts":[1,2],"author"') }, 'invalid_record'],
    ];
    // The sample city's network bundle carries the advice it sent and its request to the network.
    expect(advice).toContain('"item_kind":"indicator"');
    const before = dump(b.core.store.db, received);
    for (const [name, changed, code] of cases) {
      const path = join(folder.dir, `${name.replaceAll(' ', '-')}.focal`);
      writeFileSync(path, forge({ ...entries, ...changed }, (m) => ({ ...m, bundleId: crypto.randomUUID() }), key));
      const result = await importInto(b, path, { trustKey: true });
      expect([name, result.status, result.code]).toEqual([name, 'rejected', code]);
      expect(dump(b.core.store.db, received), name).toBe(before);
    }
    expect((await importInto(b, file, { trustKey: true })).status).toBe('imported');

    // A later bundle meets figures already held: the same figure twice is refused there too.
    const held = dump(b.core.store.db, received);
    const path = join(folder.dir, 'twice-later.focal');
    writeFileSync(path, forge({ ...entries, 'data/observations.csv': `${csv}${csv.split('\r\n')[2] ?? ''}\r\n` }, (m) => ({ ...m, bundleId: crypto.randomUUID(), sequence: Number(m.sequence) + 1 }), key));
    expect(await importInto(b, path)).toMatchObject({ status: 'rejected', code: 'invalid_record', message: expect.stringContaining('the same figure twice') });
    expect(dump(b.core.store.db, received)).toBe(held);
  });

  it('lists what was sent and received, gives a sent bundle back, compares an indicator across the cities, and removes a peer after a backup', async () => {
    const file = await exportFrom(a, { to: 'network' });
    // Uploaded in two pieces, as the interface sends a file it has no path for.
    const bytes = readFileSync(file);
    const half = Math.floor(bytes.length / 2);
    const first = await b.call('bundles.upload', { upload: null, name: 'sample.focal', chunk: bytes.subarray(0, half).toString('base64'), done: false });
    expect(first.file).toBeNull();
    const second = await b.call('bundles.upload', { upload: first.upload, name: 'sample.focal', chunk: bytes.subarray(half).toString('base64'), done: true });
    expect(second).toMatchObject({ bytes: bytes.length, file: first.upload });
    expect((await importBundleFile(b, second.file ?? '', { trustKey: true })).status).toBe('imported');

    const [sent] = await a.call('bundles.sent', {});
    expect(sent).toMatchObject({ sequence: 1, recipients: 'network', complete: true });
    const taken = await a.call('bundles.take', { bundleId: sent?.bundleId ?? '' });
    expect(Buffer.from(taken.base64, 'base64').equals(bytes)).toBe(true);
    expect(await b.call('bundles.received', {})).toEqual([expect.objectContaining({ sender: 'sample-city', result: 'imported', sequence: 1 })]);

    const comparison = await b.call('compare.indicator', { indicator: 'POP_TOTAL' });
    expect(comparison.cities.map((c) => [c.city, c.own, c.latest.period])).toEqual([
      ['tunis', true, '2024'],
      ['sample-city', false, expect.stringMatching(/^\d{4}$/)],
    ]);
    expect(comparison.cities[1]?.latest.source.citation).toBeTruthy();
    const refugees = await b.call('compare.indicator', { indicator: 'MIG_BY_STATUS' });
    expect(refugees.cities.map((c) => c.city)).toEqual(['sample-city']);

    expect(await b.call('peers.list', {})).toEqual([
      expect.objectContaining({ city: 'sample-city', fingerprint: comparisonKey(await a.call('app.status', {})), lastSequence: 1, records: expect.objectContaining({ commitments: 11, activities: 4 }) }),
    ]);
    const own = space(b.core.store.db, 'tunis');
    const backups = (await b.call('backups.list', {})).length;
    expect(await b.call('peers.remove', { city: 'sample-city' })).toEqual({ removed: 'sample-city' });
    expect(space(b.core.store.db, 'sample-city')).toBe(space(b.core.store.db, 'nobody'));
    expect(space(b.core.store.db, 'tunis')).toBe(own);
    expect((await b.call('backups.list', {})).length).toBe(backups + 1);
    expect(await b.client.call('peers.remove', { city: 'tunis' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
