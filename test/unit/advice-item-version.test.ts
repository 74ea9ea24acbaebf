import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAdviceItem } from '../../electron/core/advice/advice-items';
import { recordVersion } from '../../electron/core/advice/item-version';
import { itemChanges } from '../../shared/domain/advice-item-changes';
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

  it('for a paper section and an indicator’s data, agrees on both sides too — confidential figures and small counts as they travel', async () => {
    const own = owner.core.store.db;
    const figure = (period: string, sex: string, value: string, confidential = false) =>
      owner.call('observations.save', { original: null, draft: { indicator: 'REF_ASY_REGISTERED', period, sex, value, source: 'Registry', flags: { estimate: false, provisional: false, confidential } } });
    // A small count of people (blanked in bundles, with the figure that would give it away) and a confidential one (left out).
    await figure('2031', '', '40');
    await figure('2031', 'F', '3');
    await figure('2031', 'M', '37');
    await figure('2032', '', '55', true);
    await send();
    const indicator = { kind: 'indicator', id: 'REF_ASY_REGISTERED' } as const;
    const ownSide = readAdviceItem(own, 'sample-city', indicator);
    const peerSide = readAdviceItem(adviser.core.store.db, 'sample-city', indicator);
    expect(ownSide?.version).toMatch(/^[0-9a-f]{64}$/);
    expect(peerSide?.version).toBe(ownSide?.version);
    expect(ownSide?.text).not.toContain('2032');
    expect(ownSide?.text).not.toMatch(/2031 · F: 3\b/);

    const paper = await owner.call('paper.get', {});
    const first = paper.paper.content.priorities[0];
    if (!first) throw new Error('the sample paper has priorities');
    const section = { kind: 'paper_section', id: first.uid } as const;
    for (const id of [first.uid, 'context', 'validation']) {
      const item = { kind: 'paper_section', id } as const;
      expect(readAdviceItem(adviser.core.store.db, 'sample-city', item)?.version, id).toBe(readAdviceItem(own, 'sample-city', item)?.version);
    }
    const before = readAdviceItem(own, 'sample-city', section);
    const changed = { ...first, problem: { ...first.problem, en: `${first.problem.en}\nLandlords refuse tenants without a guarantor.` } };
    await owner.call('paper.save', { content: { ...paper.paper.content, priorities: [changed, ...paper.paper.content.priorities.slice(1)] } });
    const after = readAdviceItem(own, 'sample-city', section);
    expect(after?.version).not.toBe(before?.version);
    // Another section did not move.
    expect(readAdviceItem(own, 'sample-city', { kind: 'paper_section', id: 'context' })?.version).toBe(readAdviceItem(adviser.core.store.db, 'sample-city', { kind: 'paper_section', id: 'context' })?.version);
    // What changed, line by line: the added line of the problem, in English.
    expect(itemChanges(before?.text ?? '', after?.text ?? '')).toEqual([{ field: 'problem.en', value: 'Landlords refuse tenants without a guarantor.', change: 'added' }]);
    expect(readAdviceItem(own, 'sample-city', { kind: 'paper_section', id: 'no-such-priority' })).toBeNull();
    expect(readAdviceItem(own, 'sample-city', { kind: 'indicator', id: 'NOT_AN_INDICATOR' })).toBeNull();
  });
});
