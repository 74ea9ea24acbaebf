import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundleFile, openTestCore, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

/** Self-assessment scores side by side: each city's latest per framework, the own city first, peers as they sent them. */
describe('self-assessments compared across cities', () => {
  let folder: ReturnType<typeof tempDir>;
  let sample: TestCore;
  let tunis: TestCore;
  beforeEach(async () => {
    folder = tempDir('focal-compare-');
    sample = openTestCore(join(folder.dir, 'sample'));
    tunis = openTestCore(join(folder.dir, 'tunis'));
    await sample.call('city.createSample', {});
    await tunis.call('city.setup', tunisSetup);
  });
  afterEach(() => {
    sample.close();
    tunis.close();
    folder.remove();
  });

  it('gives each city its latest assessment per framework, the own city first', async () => {
    const own = await sample.call('assessments.list', {});
    const comparison = await sample.call('compare.assessments', {});
    expect(comparison.cities.map((c) => [c.city, c.own])).toEqual([
      ['sample-city', true],
      ['porto-sereno', false],
      ['wadi-nour', false],
    ]);
    const latestOwn = [...own].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    expect(comparison.cities[0]?.latest.map((a) => a.uid)).toEqual([latestOwn?.uid]);
    expect(comparison.cities[1]?.latest).toEqual([expect.objectContaining({ framework: 'oecd', city: 'porto-sereno' })]);
    expect(comparison.cities[1]?.names.en).toBe('Porto Sereno (sample)');
  });

  it('shows a peer’s assessment once its bundle arrived, and drops it when the peer deleted it', async () => {
    expect((await tunis.call('compare.assessments', {})).cities).toEqual([]);
    const sent = await sample.call('bundles.export', { to: 'tunis' });
    expect((await importBundleFile(tunis, tunis.core.registerBundleFile(join(sample.dataDir, 'bundles', 'sent', sent.name)), { trustKey: true })).status).toBe('imported');
    const received = await tunis.call('compare.assessments', {});
    expect(received.cities.map((c) => c.city)).toEqual(['sample-city']);

    for (const assessment of await sample.call('assessments.list', {})) await sample.call('assessments.delete', { uid: assessment.uid });
    const changes = await sample.call('bundles.export', { to: 'tunis', sinceLast: true });
    expect((await importBundleFile(tunis, tunis.core.registerBundleFile(join(sample.dataDir, 'bundles', 'sent', changes.name)))).status).toBe('imported');
    expect((await tunis.call('compare.assessments', {})).cities).toEqual([]);
  });
});
