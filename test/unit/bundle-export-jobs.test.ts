import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { awaitBundleExport } from '../../shared/bundle/await-bundle-export';
import type { BundleExportProgress } from '../../shared/bundle/bundle-export';
import { bundleEntries, entryText } from '../support/bundle-files';
import { freshCoreForEachTest, repoRoot } from '../support/temp-core';

/**
 * The interface exports a bundle as a job on the bundle thread (the desktop app and the browser host
 * give the core the worker scripts): it shows how many figures are written, and the core keeps
 * answering meanwhile.
 */
const importWorker = join(repoRoot, 'dist', 'workers', 'import-worker.mjs');
const pause = () => new Promise<void>((done) => setTimeout(done, 20));

describe('bundle export jobs', () => {
  const current = freshCoreForEachTest({ importWorker });

  it('write the signed bundle on the bundle thread, counting the figures up to all of them', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const started = await t.call('bundles.exportStart', { to: 'network' });
    expect(started).toMatchObject({ state: 'running', result: null });
    expect((await t.call('app.status', {})).city?.code).toBe('sample-city');

    // Every figure of the city is read (confidential ones too, to be left out), and the count ends at all of them.
    let first = started;
    while (first.state === 'running') {
      await pause();
      first = await t.call('bundles.exportJob', { job: first.job });
    }
    expect(first).toMatchObject({ state: 'done', error: null, progress: { figures: 690, total: 690 }, result: { sequence: 1 } });
    const seen: BundleExportProgress[] = [];
    const answer = await awaitBundleExport(t.client, { to: 'network' }, pause, (progress) => seen.push(progress));
    if (!answer.ok) throw new Error(answer.error.message);
    const summary = answer.value;
    const file = join(t.dataDir, 'bundles', 'sent', summary.name);
    expect(existsSync(file)).toBe(true);
    // The first job's number, then this one's.
    expect(summary.sequence).toBe(2);
    const figures = entryText(bundleEntries(file), 'data/observations.csv').trimEnd().split('\r\n').length - 1;
    expect(summary.counts.files['data/observations.csv']).toBe(figures);
    for (const progress of seen) expect(progress.figures).toBeLessThanOrEqual(progress.total);
    expect((await t.call('bundles.sent', {})).map((sent) => sent.sequence)).toEqual(expect.arrayContaining([1, 2]));

    // Two at once, on two threads: both are made, each with its own number.
    const both = await Promise.all([awaitBundleExport(t.client, { to: 'network' }, pause), awaitBundleExport(t.client, { to: 'tunis' }, pause)]);
    expect(both.map((made) => (made.ok ? made.value.sequence : made.error.message)).sort()).toEqual([3, 4]);
  });

  it('fail with the reason in plain words, sending nothing', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const answer = await awaitBundleExport(t.client, { to: 'sample-city' }, pause);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'A bundle goes to another city or to the whole network, not to your own city.' } });
    expect(await t.call('bundles.sent', {})).toEqual([]);
    expect(await t.core.dispatch('bundles.exportJob', { job: '0123456789abcdef' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
