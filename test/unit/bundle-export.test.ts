import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { openBundle } from '../../electron/core/bundles/read-bundle';
import { bundleEntries, entryText } from '../support/bundle-files';
import { freshCoreForEachTest, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

function sentFile(dir: string, name: string): string {
  return join(dir, 'bundles', 'sent', name);
}

async function addFigure(t: TestCore, draft: { indicator: string; period: string; sex?: string; value: string; confidential?: boolean }): Promise<void> {
  const { confidential = false, ...rest } = draft;
  await t.call('observations.save', { original: null, draft: { ...rest, source: 'Civil registry', flags: { estimate: false, provisional: false, confidential } } });
}

function csvLines(text: string): string[] {
  return text.split('\r\n').filter((line) => line !== '');
}

describe('exporting a bundle', () => {
  const current = freshCoreForEachTest();

  it('writes a signed bundle of the sample city that verifies, each shared part counted, signed by the city key', async () => {
    const { t, dir } = current;
    await t.call('city.createSample', {});
    const status = await t.call('app.status', {});
    const summary = await t.call('bundles.export', { to: 'network' });
    expect(summary).toMatchObject({ sequence: 1, recipients: 'network', since: null });
    expect(summary.name).toMatch(/^focal-sample-city-to-network-000001-\d{4}-\d{2}-\d{2}\.focal$/);

    const bundle = openBundle(readFileSync(sentFile(dir, summary.name)));
    expect(bundle.manifest).toMatchObject({ format: 'focal-bundle', formatVersion: 1, bundleId: summary.bundleId, recipients: 'network', sequence: 1, since: null, appVersion: '0.0.0-test' });
    expect(bundle.manifest.sender.city).toBe('sample-city');
    expect(bundle.fingerprint).toBe(status.city?.signingKey.fingerprint);
    const files = summary.counts.files;
    expect(Object.keys(files)).toEqual([
      'datapackage.json',
      'data/observations.csv',
      'data/observation-deletions.csv',
      'records/sources.ndjson',
      'records/city-indicators.ndjson',
      'records/districts.ndjson',
      'records/narratives.ndjson',
      'records/commitments.ndjson',
      'records/priority-paper.ndjson',
      'records/paper-versions.ndjson',
      'records/assessments.ndjson',
      'records/activities.ndjson',
      'records/advice.ndjson',
      'records/advice-replies.ndjson',
      'records/advice-requests.ndjson',
      'records/advice-outcomes.ndjson',
    ]);
    expect(files['data/observations.csv']).toBeGreaterThan(500);
    expect(files['records/commitments.ndjson']).toBe(11);
    expect(files['records/priority-paper.ndjson']).toBe(1);
    expect(files['records/paper-versions.ndjson']).toBe(2);
    expect(files['records/activities.ndjson']).toBe(4);
    expect(files['records/assessments.ndjson']).toBe(2);
    expect(bundle.manifest.files.map((f) => [f.path, f.records])).toEqual(Object.entries(files));

    // A record as it travels: identity, fields, revision, time, tombstone; JSON columns as JSON.
    const commitment: unknown = JSON.parse(entryText(bundleEntries(sentFile(dir, summary.name)), 'records/commitments.ndjson').split('\n')[0] ?? '');
    expect(commitment).toMatchObject({ uid: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: expect.any(Number), updated_at: expect.any(Number), deleted: false, texts: expect.any(Object), tasks: expect.any(Array) });
    expect(commitment).not.toHaveProperty('city');
  });

  it('writes the same data files for the same content, and a new sequence and id each time', async () => {
    const { t, dir } = current;
    await t.call('city.createSample', {});
    const first = await t.call('bundles.export', { to: 'network' });
    // To the same recipients: advice is addressed, so a bundle to one city may carry less of it.
    const second = await t.call('bundles.export', { to: 'network' });
    expect(second.sequence).toBe(2);
    expect(second.bundleId).not.toBe(first.bundleId);
    const a = openBundle(readFileSync(sentFile(dir, first.name))).manifest.files;
    const b = openBundle(readFileSync(sentFile(dir, second.name))).manifest.files;
    expect(b).toEqual(a);
    const entriesA = bundleEntries(sentFile(dir, first.name));
    const entriesB = bundleEntries(sentFile(dir, second.name));
    for (const file of a) expect(Buffer.from(entriesB[file.path] ?? []).equals(Buffer.from(entriesA[file.path] ?? [])), file.path).toBe(true);
  });

  it('sends only what changed since the last bundle to the same recipients, deletions included', async () => {
    const { t } = current;
    await t.call('city.setup', tunisSetup);
    await addFigure(t, { indicator: 'POP_TOTAL', period: '2023', value: '1000000' });
    await addFigure(t, { indicator: 'POP_TOTAL', period: '2024', value: '1010000' });
    const full = await t.call('bundles.export', { to: 'network', sinceLast: true });
    expect(full.since).toBeNull();
    expect(full.counts.files['data/observations.csv']).toBe(2);

    await new Promise((resolve) => setTimeout(resolve, 5));
    const nothing = await t.call('bundles.export', { to: 'network', sinceLast: true });
    expect(nothing.since).toBe(full.sequence);
    expect(Object.values(nothing.counts.files).reduce((a, b) => a + b, 0)).toBe(0);

    await new Promise((resolve) => setTimeout(resolve, 5));
    await t.call('observations.delete', { keys: [{ indicator: 'POP_TOTAL', period: '2023', sex: '', age: '', status: '', origin: '', area: '' }] });
    await addFigure(t, { indicator: 'POP_TOTAL', period: '2025', value: '1020000' });
    const changes = await t.call('bundles.export', { to: 'network', sinceLast: true });
    expect(changes.since).toBe(nothing.sequence);
    expect(changes.counts.files['data/observations.csv']).toBe(1);
    expect(changes.counts.files['data/observation-deletions.csv']).toBe(1);

    // Another recipient has had nothing yet: everything.
    const other = await t.call('bundles.export', { to: 'lyon', sinceLast: true });
    expect(other.since).toBeNull();
    expect(other.counts.files['data/observations.csv']).toBe(2);
  });

  it('leaves confidential figures out and blanks small counts of people, with the totals that would give them away', async () => {
    const { t, dir } = current;
    await t.call('city.setup', tunisSetup);
    await addFigure(t, { indicator: 'POP_TOTAL', period: '2024', value: '120' });
    await addFigure(t, { indicator: 'POP_TOTAL', period: '2024', sex: 'F', value: '4' });
    await addFigure(t, { indicator: 'POP_TOTAL', period: '2024', sex: 'M', value: '116' });
    await addFigure(t, { indicator: 'POP_TOTAL', period: '2023', value: '900', confidential: true });
    const preview = await t.call('bundles.preview', { to: 'network', parts: ['profile'] });
    expect(preview.counts).toMatchObject({ suppressed: 2, withheld: 1 });
    const summary = await t.call('bundles.export', { to: 'network', parts: ['profile'] });
    expect(summary.counts).toEqual(preview.counts);
    expect(Object.keys(summary.counts.files)).toEqual([
      'datapackage.json',
      'data/observations.csv',
      'data/observation-deletions.csv',
      'records/sources.ndjson',
      'records/city-indicators.ndjson',
      'records/districts.ndjson',
      'records/narratives.ndjson',
    ]);
    const lines = csvLines(entryText(bundleEntries(sentFile(dir, summary.name)), 'data/observations.csv'));
    expect(lines).toHaveLength(4);
    expect(lines.some((line) => line.startsWith('POP_TOTAL,2023'))).toBe(false);
    expect(lines.find((line) => line.startsWith('POP_TOTAL,2024,F'))).toMatch(/^POP_TOTAL,2024,F,,,,,,Civil registry,,suppressed,/);
    expect(lines.find((line) => line.startsWith('POP_TOTAL,2024,M'))).toMatch(/^POP_TOTAL,2024,M,,,,,,Civil registry,,suppressed,/);
    expect(lines.find((line) => line.startsWith('POP_TOTAL,2024,,'))).toMatch(/^POP_TOTAL,2024,,,,,,120,Civil registry,,,/);
  });

  it('writes each figure as typed: quoted note and district, decimals to the last digit, both flags, and the rows in the order of their key', async () => {
    const { t, dir } = current;
    await t.call('city.setup', tunisSetup);
    const district = 'Bab, "Souika"';
    await t.call('districts.save', { code: district, name: { en: 'Bab Souika', fr: 'Bab Souika', ar: 'باب سويقة' } });
    const save = (draft: { indicator: string; period: string; area?: string; value: string; note?: string; estimate?: boolean; provisional?: boolean }) => {
      const { estimate = false, provisional = false, ...rest } = draft;
      return t.call('observations.save', { original: null, draft: { ...rest, source: 'Civil registry', flags: { estimate, provisional, confidential: false } } });
    };
    await save({ indicator: 'POP_TOTAL', period: '2024', area: district, value: '1250', note: 'Counted twice, "by hand"\nthen checked', estimate: true, provisional: true });
    await save({ indicator: 'POP_TOTAL', period: '2024', value: '98000' });
    await save({ indicator: 'MIG_FOREIGN_SHARE', period: '2024', value: '0.123456789012345' });
    await save({ indicator: 'MIG_FOREIGN_SHARE', period: '2023', value: '12.5', provisional: true });
    const summary = await t.call('bundles.export', { to: 'network', parts: ['profile'] });
    const text = entryText(bundleEntries(sentFile(dir, summary.name)), 'data/observations.csv');
    const rows = text
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.replace(/,[0-9a-f-]{36},\d+,\d+$/, ''));
    expect(rows).toEqual([
      'MIG_FOREIGN_SHARE,2023,,,,,,12.5,Civil registry,,provisional',
      'MIG_FOREIGN_SHARE,2024,,,,,,0.123456789012345,Civil registry,,',
      'POP_TOTAL,2024,,,,,,98000,Civil registry,,',
      'POP_TOTAL,2024,,,,,"Bab, ""Souika""",1250,Civil registry,"Counted twice, ""by hand""\nthen checked",estimate;provisional',
    ]);
  });

  it('is a tabular data package that Frictionless’ own library validates and reads with its types', async () => {
    const { t, dir } = current;
    await t.call('city.createSample', {});
    const summary = await t.call('bundles.export', { to: 'network' });
    const out = tempDir('focal-datapackage-');
    try {
      for (const [path, bytes] of Object.entries(bundleEntries(sentFile(dir, summary.name)))) {
        mkdirSync(dirname(join(out.dir, path)), { recursive: true });
        writeFileSync(join(out.dir, path), bytes);
      }
      const dataPackage = await Package.load(join(out.dir, 'datapackage.json'));
      expect(dataPackage.errors).toEqual([]);
      expect(dataPackage.valid).toBe(true);
      // The library validated the descriptor against the profile it names (it spells the name with a space).
      expect(dataPackage.profile.name).toMatch(/^tabular-data.package$/);
      const observations = dataPackage.getResource('observations');
      expect(observations?.tabular).toBe(true);
      const rows = await observations?.read({ keyed: true });
      expect(rows).toHaveLength(summary.counts.files['data/observations.csv'] ?? -1);
      expect(rows?.[0]).toMatchObject({ indicator: expect.any(String), value: expect.any(Number), revision: expect.any(Number), sex: null });
    } finally {
      out.remove();
    }
  });

  it('refuses a bundle to the own city or with nothing chosen, and uses up no sequence number', async () => {
    const { t } = current;
    await t.call('city.setup', tunisSetup);
    const own = await t.client.call('bundles.export', { to: 'tunis' });
    expect(own).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('not to your own city') } });
    const none = await t.client.call('bundles.export', { to: 'network', parts: [] });
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const first = await t.call('bundles.export', { to: 'network' });
    expect(first.sequence).toBe(1);
  });
});
