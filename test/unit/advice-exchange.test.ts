import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import { blankCommitment } from '../support/commitments';
import { importBundleFile, openTestCore, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

/**
 * Peer advice between two real data folders (issue 11): the owner shares a commitment, the adviser
 * drafts advice on it and sends it, the owner answers, and each exchange of bundles carries the
 * records to the other side — addressed, anchored to the version read, statuses worked out the same
 * way on both sides.
 */

const lisbonSetup = {
  code: 'lisbon',
  names: { en: 'Lisbon', fr: 'Lisbonne', ar: 'لشبونة' },
  country: 'PT',
  shore: 'north',
  focalPoint: { name: 'Rui Costa', email: 'rui.costa@cm-lisboa.example' },
  languages: ['en', 'fr'],
} satisfies MethodInput<'city.setup'>;

const text = (ar: string) => ({ en: '', fr: '', ar });

describe('peer advice between two cities', () => {
  let folder: ReturnType<typeof tempDir>;
  let owner: TestCore;
  let adviser: TestCore;
  beforeEach(async () => {
    folder = tempDir('focal-advice-');
    owner = openTestCore(join(folder.dir, 'tunis'));
    adviser = openTestCore(join(folder.dir, 'lisbon'));
    await owner.call('city.setup', tunisSetup);
    await adviser.call('city.setup', lisbonSetup);
  });
  afterEach(() => {
    owner.close();
    adviser.close();
    folder.remove();
  });

  /** Exports from one city to another (or the network) and imports the file on the other side. */
  async function exchange(from: TestCore, to: TestCore, recipients: string, options: { sinceLast?: boolean } = {}) {
    const summary = await from.call('bundles.export', { to: recipients, ...options });
    const file = join(from.dataDir, 'bundles', 'sent', summary.name);
    const result = await importBundleFile(to, to.core.registerBundleFile(file), { trustKey: true });
    expect(result.status).toBe('imported');
    return summary;
  }

  async function sharedCommitment(): Promise<string> {
    const { uid } = await owner.call('commitments.save', { ...blankCommitment, domains: ['housing'] });
    await exchange(owner, adviser, 'lisbon');
    return uid;
  }

  async function draftOn(uid: string, extra: Partial<MethodInput<'advice.save'>> = {}) {
    const item = await adviser.call('advice.item', { city: 'tunis', item: { kind: 'commitment', id: uid } });
    if (!item) throw new Error('the commitment did not arrive');
    return adviser.call('advice.save', { toCity: 'tunis', item: { kind: 'commitment', id: uid }, seenVersion: item.version, kind: 'suggestion', original: 'ar', texts: text('اقتراح: افتحوا المكتب يوم السبت'), ...extra });
  }

  it('carries advice written in Arabic to the owner, who answers; the answer comes back, and statuses agree', async () => {
    const uid = await sharedCommitment();
    const draft = await draftOn(uid);
    expect(draft).toMatchObject({ city: 'lisbon', toCity: 'tunis', status: 'draft', ready: false, sentAt: null, author: 'Rui Costa', domains: ['housing'] });
    expect(draft.itemText).toContain('title.en\tOne-stop welcome desk');

    // A draft not marked ready stays home.
    await exchange(adviser, owner, 'tunis');
    expect(await owner.call('advice.list', {})).toEqual([]);

    await adviser.call('advice.save', { ...draftInput(draft), ready: true, baseRevision: draft.revision });
    const sent = await exchange(adviser, owner, 'tunis', { sinceLast: true });
    expect(sent.counts.files['records/advice.ndjson']).toBe(1);
    const [given] = await adviser.call('advice.list', {});
    expect(given).toMatchObject({ status: 'sent', ready: true });
    expect(given?.sentAt).not.toBeNull();

    const [received] = await owner.call('advice.list', { direction: 'received' });
    expect(received).toMatchObject({ city: 'lisbon', toCity: 'tunis', status: 'sent', texts: text('اقتراح: افتحوا المكتب يوم السبت'), itemNow: { changed: false } });
    expect(await owner.call('advice.counts', {})).toEqual([{ kind: 'commitment', id: uid, count: 1 }]);

    // Sent advice is what the other city read: it cannot be edited or removed, only answered.
    await expect(adviser.call('advice.save', { ...draftInput(draft), texts: text('نص آخر') })).rejects.toThrow('was sent');
    await expect(adviser.call('advice.delete', { uid: draft.uid })).rejects.toThrow('close its thread');

    await owner.call('advice.reply', { adviceCity: 'lisbon', adviceUid: draft.uid, act: 'reply', original: 'fr', texts: { en: '', fr: 'Merci, nous étudions les horaires.', ar: '' } });
    const accepted = await owner.call('advice.reply', { adviceCity: 'lisbon', adviceUid: draft.uid, act: 'accept', original: 'fr', texts: { en: '', fr: '', ar: '' } });
    expect(accepted.status).toBe('accepted');
    expect(accepted.replies.map((r) => [r.city, r.act, r.author])).toEqual([
      ['tunis', 'reply', 'Amira Ben Salah'],
      ['tunis', 'accept', 'Amira Ben Salah'],
    ]);

    await exchange(owner, adviser, 'lisbon', { sinceLast: true });
    const [answered] = await adviser.call('advice.list', {});
    expect(answered?.status).toBe('accepted');
    expect(answered?.replies.map((r) => r.texts.fr)).toEqual(['Merci, nous étudions les horaires.', '']);
  });

  it('shows the owner’s change as a banner on the adviser’s side after the next exchange', async () => {
    const uid = await sharedCommitment();
    const draft = await draftOn(uid, { ready: true });
    await exchange(adviser, owner, 'tunis');
    await owner.call('commitments.save', { ...blankCommitment, uid, domains: ['housing'], texts: { ...blankCommitment.texts, en: { title: 'One-stop welcome desk, open Saturdays', description: '' } } });

    // The owner sees at once that its item moved since the advice was written.
    const [onOwnerSide] = await owner.call('advice.list', {});
    expect(onOwnerSide?.itemNow).toMatchObject({ changed: true });
    expect(onOwnerSide?.itemNow.text).toContain('open Saturdays');
    expect(onOwnerSide?.itemText).not.toContain('open Saturdays');

    // The adviser only once the change arrives.
    expect((await adviser.call('advice.list', {}))[0]?.itemNow.changed).toBe(false);
    await exchange(owner, adviser, 'lisbon', { sinceLast: true });
    const [onAdviserSide] = await adviser.call('advice.list', {});
    expect(onAdviserSide?.uid).toBe(draft.uid);
    expect(onAdviserSide?.itemNow.changed).toBe(true);
  });

  it('enforces who may do what, and when', async () => {
    const uid = await sharedCommitment();
    const draft = await draftOn(uid);
    // Nothing happens to a draft but editing it.
    await expect(adviser.call('advice.reply', { adviceCity: 'lisbon', adviceUid: draft.uid, act: 'reply', original: 'en', texts: { en: 'Hello', fr: '', ar: '' } })).rejects.toThrow('draft');
    await adviser.call('advice.save', { ...draftInput(draft), ready: true, baseRevision: draft.revision });
    await exchange(adviser, owner, 'tunis');
    // Only the owner accepts; nobody closes an open question; an empty reply says nothing.
    await expect(adviser.call('advice.reply', { adviceCity: 'lisbon', adviceUid: draft.uid, act: 'accept', original: 'en', texts: { en: '', fr: '', ar: '' } })).rejects.toThrow('cannot accept');
    await expect(owner.call('advice.reply', { adviceCity: 'lisbon', adviceUid: draft.uid, act: 'close', original: 'en', texts: { en: '', fr: '', ar: '' } })).rejects.toThrow('cannot close');
    await expect(owner.call('advice.reply', { adviceCity: 'lisbon', adviceUid: draft.uid, act: 'reply', original: 'en', texts: { en: '  ', fr: '', ar: '' } })).rejects.toThrow('Write the reply');
    await owner.call('advice.reply', { adviceCity: 'lisbon', adviceUid: draft.uid, act: 'decline', original: 'en', texts: { en: 'Not this year.', fr: '', ar: '' } });
    const closed = await owner.call('advice.reply', { adviceCity: 'lisbon', adviceUid: draft.uid, act: 'close', original: 'en', texts: { en: '', fr: '', ar: '' } });
    expect(closed.status).toBe('closed');
    await expect(owner.call('advice.reply', { adviceCity: 'lisbon', adviceUid: draft.uid, act: 'reply', original: 'en', texts: { en: 'More', fr: '', ar: '' } })).rejects.toThrow('closed');
    // Nothing changed by the refusals: two acts in the thread.
    expect((await owner.call('advice.list', {}))[0]?.replies).toHaveLength(2);
  });

  it('refuses advice on an item the peer did not share, or on a version not read, and a good practice without its reference', async () => {
    const uid = await sharedCommitment();
    const item = await adviser.call('advice.item', { city: 'tunis', item: { kind: 'commitment', id: uid } });
    if (!item) throw new Error('no item');
    const base = { toCity: 'tunis', item: { kind: 'commitment', id: uid }, seenVersion: item.version, kind: 'suggestion', original: 'en', texts: { en: 'Advice', fr: '', ar: '' } } as const;
    await expect(adviser.call('advice.save', { ...base, item: { kind: 'commitment', id: '00000000-0000-4000-8000-000000000001' } })).rejects.toThrow('shared no such item');
    await expect(adviser.call('advice.save', { ...base, seenVersion: 'a'.repeat(64) })).rejects.toThrow('changed this item');
    await expect(adviser.call('advice.save', { ...base, kind: 'good_practice' })).rejects.toThrow('needs a reference');
    await expect(adviser.call('advice.save', { ...base, toCity: 'lisbon' })).rejects.toThrow('no peer city');
    expect(await adviser.call('advice.list', {})).toEqual([]);
    const saved = await adviser.call('advice.save', { ...base, kind: 'good_practice', reference: 'Eurocities, Welcome desks guide (2023)' });
    expect(saved.reference).toBe('Eurocities, Welcome desks guide (2023)');
  });

  it('sends advice only to the city it is for, or to the whole network', async () => {
    const uid = await sharedCommitment();
    await draftOn(uid, { ready: true });
    // A bundle to a third city does not carry it, and does not mark it sent.
    const third = await adviser.call('bundles.export', { to: 'madrid' });
    expect(third.counts.files['records/advice.ndjson']).toBe(0);
    expect((await adviser.call('advice.list', {}))[0]?.status).toBe('draft');
    const network = await adviser.call('bundles.export', { to: 'network' });
    expect(network.counts.files['records/advice.ndjson']).toBe(1);
    expect((await adviser.call('advice.list', {}))[0]?.status).toBe('sent');
  });

  it('keeps requests and the owner’s learning record, travelling both ways', async () => {
    const uid = await owner.call('commitments.save', { ...blankCommitment, domains: ['housing'] }).then((c) => c.uid);
    const request = await owner.call('advice.saveRequest', { toCity: null, item: { kind: 'commitment', id: uid }, original: 'fr', texts: { en: '', fr: 'Comment organiser l’accueil du samedi ?', ar: '' } });
    expect(request).toMatchObject({ toCity: null, sentAt: null, answers: [] });
    await exchange(owner, adviser, 'lisbon');
    const { received } = await adviser.call('advice.requests', {});
    expect(received.map((r) => r.texts.fr)).toEqual(['Comment organiser l’accueil du samedi ?']);
    expect((await owner.call('advice.requests', {})).asked[0]?.sentAt).not.toBeNull();

    const draft = await draftOn(uid, { request: request.uid, ready: true });
    await exchange(adviser, owner, 'tunis');
    expect((await owner.call('advice.requests', {})).asked[0]?.answers).toEqual([{ city: 'lisbon', uid: draft.uid }]);

    const measure = await owner.call('commitments.save', { ...blankCommitment, texts: { ...blankCommitment.texts, en: { title: 'Saturday opening', description: '' } } });
    await expect(owner.call('advice.saveOutcome', { adviceCity: 'lisbon', adviceUid: draft.uid, original: 'fr', texts: { en: '', fr: '', ar: '' }, commitments: [] })).rejects.toThrow('Say what changed');
    const withOutcome = await owner.call('advice.saveOutcome', { adviceCity: 'lisbon', adviceUid: draft.uid, original: 'fr', texts: { en: '', fr: 'Ouverture le samedi dès mars.', ar: '' }, commitments: [measure.uid] });
    expect(withOutcome.outcome).toMatchObject({ city: 'tunis', commitments: [measure.uid] });
    expect(await owner.call('advice.summary', {})).toEqual({
      byCity: [{ direction: 'received', key: 'lisbon', status: 'sent', count: 1, acted: 1 }],
      byDomain: [{ direction: 'received', key: 'housing', status: 'sent', count: 1, acted: 1 }],
    });

    await exchange(owner, adviser, 'lisbon', { sinceLast: true });
    const [given] = await adviser.call('advice.list', {});
    expect(given?.outcome?.texts.fr).toBe('Ouverture le samedi dès mars.');
    expect((await adviser.call('advice.summary', {})).byCity).toEqual([{ direction: 'given', key: 'tunis', status: 'sent', count: 1, acted: 1 }]);
  });
});

function draftInput(advice: { uid: string; toCity: string; item: { kind: 'commitment' | 'paper_section' | 'indicator'; id: string; version: string }; kind: MethodInput<'advice.save'>['kind']; original: 'en' | 'fr' | 'ar'; texts: { en: string; fr: string; ar: string } }): MethodInput<'advice.save'> {
  return { uid: advice.uid, toCity: advice.toCity, item: { kind: advice.item.kind, id: advice.item.id }, seenVersion: advice.item.version, kind: advice.kind, original: advice.original, texts: advice.texts };
}
