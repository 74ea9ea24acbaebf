import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordVersion } from '../../electron/core/advice/item-version';
import { travellingKinds, type TravellingKind } from '../../electron/core/bundles/travelling-kinds';
import { blankCommitment } from '../support/commitments';
import { importBundleFile, openTestCore, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

/**
 * Advice is anchored to the exact version of the item it is about (issue 11): the version is the
 * record's content as it travels, so the owner's own copy and the adviser's received copy agree,
 * and it moves when, and only when, what travels changes.
 */

function kind(name: string): TravellingKind {
  const found = travellingKinds.find((k) => k.name === name);
  if (!found) throw new Error(`no travelling kind ${name}`);
  return found;
}

const commitments = kind('commitments');

describe('the version an advice is anchored to', () => {
  let folder: ReturnType<typeof tempDir>;
  let owner: TestCore;
  let adviser: TestCore;
  beforeEach(async () => {
    folder = tempDir('focal-advice-');
    owner = openTestCore(join(folder.dir, 'owner'));
    adviser = openTestCore(join(folder.dir, 'adviser'));
    await owner.call('city.createSample', {});
    await adviser.call('city.setup', tunisSetup);
  });
  afterEach(() => {
    owner.close();
    adviser.close();
    folder.remove();
  });

  async function send(options: { sinceLast?: boolean } = {}): Promise<void> {
    const summary = await owner.call('bundles.export', { to: 'tunis', ...options });
    const file = join(owner.dataDir, 'bundles', 'sent', summary.name);
    const result = await importBundleFile(adviser, adviser.core.registerBundleFile(file), { trustKey: true });
    expect(result.status).toBe('imported');
  }

  const versionAt = (core: TestCore, uid: string) => recordVersion(core.core.store.db, 'sample-city', commitments, [uid]);

  it('is the same in the owner’s store and in the copy a peer received, and follows what travels', async () => {
    const { uid } = await owner.call('commitments.save', blankCommitment);
    await send();
    const first = versionAt(owner, uid);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(versionAt(adviser, uid)).toBe(first);

    // Saved again unchanged: the same version.
    await owner.call('commitments.save', { ...blankCommitment, uid });
    expect(versionAt(owner, uid)).toBe(first);

    // Changed: a new version on the owner's side; the peer sees it with the next bundle.
    await owner.call('commitments.save', { ...blankCommitment, uid, texts: { ...blankCommitment.texts, en: { title: 'One-stop welcome desk, open Saturdays', description: '' } } });
    const second = versionAt(owner, uid);
    expect(second).not.toBe(first);
    expect(versionAt(adviser, uid)).toBe(first);
    await send({ sinceLast: true });
    expect(versionAt(adviser, uid)).toBe(second);

    // Every other commitment of the sample agrees on both sides too.
    const all = await owner.call('commitments.list', {});
    expect(all.length).toBeGreaterThan(1);
    for (const commitment of all) expect(versionAt(adviser, commitment.uid), commitment.uid).toBe(versionAt(owner, commitment.uid));
  });

  it('is none for an item removed or never held, and refuses an identity of the wrong shape', async () => {
    const { uid } = await owner.call('commitments.save', blankCommitment);
    await owner.call('commitments.delete', { uid });
    expect(versionAt(owner, uid)).toBeNull();
    expect(versionAt(adviser, uid)).toBeNull();
    expect(recordVersion(owner.core.store.db, 'sample-city', kind('priority-paper'), [])).toMatch(/^[0-9a-f]{64}$/);
    expect(() => recordVersion(owner.core.store.db, 'sample-city', commitments, [])).toThrow('commitments records are identified by uid');
  });
});
