import { describe, expect, it } from 'vitest';
import { freshCoreForEachTest, tunisSetup } from '../support/temp-core';

describe('the sample city’s peers', () => {
  const current = freshCoreForEachTest();

  it('arrive as two signed bundles through the real importer, their keys trusted as the sample’s, and compare with it', async () => {
    const { t } = current;
    await t.call('city.createSample', {});
    const peers = await t.call('peers.list', {});
    expect(peers.map((p) => [p.city, p.lastSequence, (p.records.observations ?? 0) > 20, p.records.assessments])).toEqual([
      // Their second bundle: the first went to a scratch sample city, so they could advise on its items (scripts/make-sample-peers.ts).
      ['porto-sereno', 2, true, 1],
      ['wadi-nour', 2, true, 1],
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
    expect(await t.call('advice.list', {})).toEqual([]);
    expect(await t.call('advice.requests', {})).toEqual({ asked: [], received: [] });
    expect((await t.call('app.status', {})).peers).toEqual([]);
  });

  it('hold advice given to and received from the sample city, in several states, with a learning record', async () => {
    const { t } = current;
    await t.call('city.createSample', {});
    const all = await t.call('advice.list', {});
    expect(all.map((a) => [a.city, a.toCity, a.item.kind, a.status]).sort()).toEqual([
      ['porto-sereno', 'sample-city', 'commitment', 'closed'],
      ['porto-sereno', 'sample-city', 'paper_section', 'accepted'],
      ['sample-city', 'porto-sereno', 'indicator', 'answered'],
      ['sample-city', 'wadi-nour', 'indicator', 'draft'],
      ['wadi-nour', 'sample-city', 'commitment', 'sent'],
      ['wadi-nour', 'sample-city', 'indicator', 'answered'],
    ]);
    // Anchored to what the peers read: the paper and the figures have not moved since.
    expect(all.filter((a) => a.item.kind !== 'commitment').every((a) => !a.itemNow.changed && a.itemNow.version === a.item.version)).toBe(true);
    const accepted = all.find((a) => a.status === 'accepted');
    expect(accepted?.outcome?.commitments).toEqual(['5a3b1e00-0000-4000-8000-000000000016']);
    expect(accepted?.replies.map((r) => [r.city, r.act])).toEqual([
      ['sample-city', 'reply'],
      ['sample-city', 'accept'],
    ]);
    const requests = await t.call('advice.requests', {});
    expect(requests.asked.map((r) => [r.toCity, r.item.kind, r.sentAt !== null])).toEqual([[null, 'commitment', true]]);
    expect(requests.received.map((r) => [r.city, r.item.id])).toEqual([['wadi-nour', 'EMP_MIG_RATE']]);
    const summary = await t.call('advice.summary', {});
    expect(summary.byCity.filter((row) => row.direction === 'received').reduce((n, row) => n + row.acted, 0)).toBe(1);
    expect(summary.byCity.reduce((n, row) => n + row.count, 0)).toBe(6);
  });
});
