import { describe, expect, it } from 'vitest';
import { freshCoreForEachTest, tunisSetup } from '../support/temp-core';

describe('the sample city’s peers', () => {
  const current = freshCoreForEachTest();

  it('arrive as two signed bundles through the real importer, their keys trusted as the sample’s, and compare with it', async () => {
    const { t } = current;
    await t.call('city.createSample', {});
    const peers = await t.call('peers.list', {});
    expect(peers.map((p) => [p.city, p.lastSequence, (p.records.observations ?? 0) > 20, p.records.assessments])).toEqual([
      ['porto-sereno', 1, true, 1],
      ['wadi-nour', 1, true, 1],
    ]);
    expect((await t.call('trust.list', {})).map((k) => [k.city, k.how])).toEqual([
      ['porto-sereno', 'sample'],
      ['wadi-nour', 'sample'],
    ]);
    expect((await t.call('bundles.received', {})).map((b) => b.result)).toEqual(['imported', 'imported']);
    const comparison = await t.call('compare.indicator', { indicator: 'EMP_MIG_RATE' });
    expect(comparison.cities.map((c) => [c.city, c.groups.women !== null, c.groups.youth !== null, c.groups.refugees !== null])).toEqual([
      ['sample-city', true, true, true],
      ['porto-sereno', true, true, true],
      ['wadi-nour', true, true, true],
    ]);
    const theirs = await t.call('assessments.list', { city: 'wadi-nour' });
    expect(theirs.map((a) => a.framework)).toEqual(['oecd']);
  });

  it('leave with the sample city: setting up one’s own city starts with no peer, no trusted key and no exchange history', async () => {
    const { t } = current;
    await t.call('city.createSample', {});
    await t.call('bundles.export', { to: 'network' });
    await t.call('city.leaveSample', {});
    await t.call('city.setup', tunisSetup);
    expect(await t.call('peers.list', {})).toEqual([]);
    expect(await t.call('trust.list', {})).toEqual([]);
    expect(await t.call('bundles.received', {})).toEqual([]);
    expect(await t.call('bundles.sent', {})).toEqual([]);
    expect((await t.call('app.status', {})).peers).toEqual([]);
  });
});
