import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, methodNames, type MethodInput, type MethodName } from '../../shared/api/contract';
import type { ObservationKey } from '../../shared/domain/observation-record';
import { blankCommitment } from '../support/commitments';
import { blankActivity } from '../support/activities';
import { addPeerCity, peerActivity, peerAdvice, peerAdviceRequest, peerAssessment, peerCommitment, peerFollowUp, peerPaperVersion } from '../support/peer-city';
import { freshCoreForEachTest, importBundleFile, tunisSetup, type TestCore } from '../support/temp-core';

/**
 * The data-model convention (docs/data-model.md): identities that travel, revisions and tombstones,
 * one validator at every write door, writes only in the own city's space, reads scoped to any city.
 */

const noFlags = { estimate: false, provisional: false, confidential: false };
const total = { sex: '', age: '', status: '', origin: '', area: '' };

function key(indicator: string, period: string, breakdown: Partial<Omit<ObservationKey, 'indicator' | 'period'>> = {}): ObservationKey {
  return { indicator, period, ...total, ...breakdown };
}

const Revision = z.object({ revision: z.number(), updated_at: z.number() });

function revisionOf(db: Database, city: string, k: ObservationKey): z.infer<typeof Revision> | undefined {
  return Revision.optional().parse(
    db
      .prepare('SELECT revision, updated_at FROM observations WHERE city = @city AND indicator = @indicator AND period = @period AND sex = @sex AND age = @age AND status = @status AND origin = @origin AND area = @area')
      .get({ city, ...k }),
  );
}

function tombstoneOf(db: Database, city: string, k: ObservationKey): number | undefined {
  const row = z
    .object({ revision: z.number() })
    .optional()
    .parse(
      db
        .prepare('SELECT revision FROM observation_tombstones WHERE city = @city AND indicator = @indicator AND period = @period AND sex = @sex AND age = @age AND status = @status AND origin = @origin AND area = @area')
        .get({ city, ...k }),
    );
  return row?.revision;
}

const peerTables = ['cities', 'sources', 'city_indicators', 'districts', 'mapping_templates', 'observations', 'observation_tombstones', 'observation_coverage', 'profile_narratives', 'commitments', 'priority_papers', 'paper_versions', 'activities', 'assessments', 'advice', 'advice_replies', 'advice_requests', 'advice_outcomes'] as const;

/** Everything the store holds in the peer's space, every column. */
function peerSpace(db: Database): Record<string, unknown[]> {
  return Object.fromEntries(
    peerTables.map((table) => [table, db.prepare(`SELECT * FROM ${table} WHERE ${table === 'cities' ? 'code' : 'city'} = 'lyon' ORDER BY 1, 2, 3, 4`).all()]),
  );
}

describe('revisions and tombstones', () => {
  const current = freshCoreForEachTest();

  async function withCity(t: TestCore): Promise<void> {
    await t.call('city.setup', tunisSetup);
    await t.call('observations.save', {
      original: null,
      draft: { indicator: 'POP_TOTAL', period: '2024', value: '1 000 000', source: 'Census 2024' },
    });
  }

  it('start at 1, rise on every change and not on a save that changes nothing', async () => {
    const t = current.t;
    await withCity(t);
    const db = t.core.store.db;
    const k = key('POP_TOTAL', '2024');
    expect(revisionOf(db, 'tunis', k)?.revision).toBe(1);
    await t.call('observations.save', { original: k, draft: { indicator: 'POP_TOTAL', period: '2024', value: '1000001', source: 'Census 2024' } });
    expect(revisionOf(db, 'tunis', k)?.revision).toBe(2);
    await t.call('observations.save', { original: k, draft: { indicator: 'POP_TOTAL', period: '2024', value: '1000001', source: 'Census 2024' } });
    expect(revisionOf(db, 'tunis', k)?.revision).toBe(2);
  });

  it('a deletion leaves a tombstone one revision up; the row coming back continues from it', async () => {
    const t = current.t;
    await withCity(t);
    const db = t.core.store.db;
    const k = key('POP_TOTAL', '2024');
    const { removed } = await t.call('observations.delete', { keys: [k] });
    expect(revisionOf(db, 'tunis', k)).toBeUndefined();
    expect(tombstoneOf(db, 'tunis', k)).toBe(2);
    await t.call('observations.restore', { rows: removed, remove: [] });
    expect(revisionOf(db, 'tunis', k)?.revision).toBe(3);
    expect(tombstoneOf(db, 'tunis', k)).toBeUndefined();
  });

  it('an import raises the revision of the rows it changes only, and continues after tombstones', async () => {
    const t = current.t;
    await withCity(t);
    const db = t.core.store.db;
    await t.call('observations.delete', { keys: [key('POP_TOTAL', '2024')] });
    const file = join(current.dir, 'figures.csv');
    writeFileSync(file, 'indicator,period,value,source\nPOP_TOTAL,2024,1000000,Census 2024\nPOP_TOTAL,2023,990000,Census 2024\n');
    const run = async () => {
      const id = t.core.registerImportFile(file);
      const preview = await t.call('imports.preview', { file: id, sheet: null });
      return t.call('imports.start', { file: id, mapping: preview.mapping, dryRun: false });
    };
    // Not the city's first import (it has no rows left, but a tombstone): the row continues at 3.
    expect((await run()).state).toBe('done');
    expect(revisionOf(db, 'tunis', key('POP_TOTAL', '2024'))?.revision).toBe(3);
    expect(revisionOf(db, 'tunis', key('POP_TOTAL', '2023'))?.revision).toBe(1);
    expect(tombstoneOf(db, 'tunis', key('POP_TOTAL', '2024'))).toBeUndefined();
    // The same file again changes nothing, revisions included.
    const again = await run();
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(revisionOf(db, 'tunis', key('POP_TOTAL', '2024'))?.revision).toBe(3);
    writeFileSync(file, 'indicator,period,value,source\nPOP_TOTAL,2024,1000005,Census 2024\nPOP_TOTAL,2023,990000,Census 2024\n');
    expect((await run()).summary).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(revisionOf(db, 'tunis', key('POP_TOTAL', '2024'))?.revision).toBe(4);
    expect(revisionOf(db, 'tunis', key('POP_TOTAL', '2023'))?.revision).toBe(1);
  });

  it('sources, own indicators and texts carry identities, revisions and tombstones too', async () => {
    const t = current.t;
    await withCity(t);
    const db = t.core.store.db;
    const [source] = await t.call('sources.list', {});
    expect(source?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    if (!source) throw new Error('no source');
    await t.call('sources.update', { id: source.id, citation: source.citation, publisher: 'INS', year: 2025, kind: 'census', titles: { en: '', fr: '', ar: '' } });
    expect(db.prepare('SELECT revision FROM sources WHERE uid = ?').pluck().get(source.id)).toBe(2);

    const indicator = { code: 'DESKS', domain: 'governance', unit: 'count', direction: 'increase', dimensions: [], name: { en: 'Desks', fr: '', ar: '' }, definition: { en: '', fr: '', ar: '' } } satisfies MethodInput<'indicators.saveCustom'>;
    await t.call('indicators.saveCustom', indicator);
    await t.call('indicators.deleteCustom', { code: 'tunis.DESKS' });
    expect(db.prepare("SELECT revision, deleted FROM city_indicators WHERE code = 'tunis.DESKS'").get()).toEqual({ revision: 2, deleted: 1 });
    expect((await t.call('catalogue.indicators', {})).some((i) => i.code === 'tunis.DESKS')).toBe(false);
    await t.call('indicators.saveCustom', indicator);
    expect(db.prepare("SELECT revision, deleted FROM city_indicators WHERE code = 'tunis.DESKS'").get()).toEqual({ revision: 3, deleted: 0 });

    await t.call('narrative.save', { section: 'national-context', locale: 'fr', markdown: 'Texte' });
    await t.call('narrative.save', { section: 'national-context', locale: 'fr', markdown: '' });
    expect(db.prepare("SELECT revision, deleted, markdown FROM profile_narratives WHERE city = 'tunis' AND section = 'national-context'").get()).toEqual({ revision: 2, deleted: 1, markdown: '' });
    expect(await t.call('narrative.list', {})).toEqual([]);
  });
});

describe('one validator at every write door', () => {
  const current = freshCoreForEachTest();

  async function problemsOf(t: TestCore, method: 'observations.save' | 'observations.restore', input: unknown): Promise<string[]> {
    const answer = await t.core.dispatch(method, input);
    if (answer.ok) throw new Error(`${method} accepted what it should refuse`);
    expect(answer.error.code).toBe('invalid_input');
    return (answer.error.issues ?? []).map((issue) => issue.problem?.code ?? issue.message);
  }

  it('undo (restore) refuses what a cell save refuses, with the same problem codes, and changes nothing', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2024', value: '5', source: 'Census' } });
    const [row] = (await t.call('observations.page', {})).rows;
    if (!row) throw new Error('no row');
    const before = t.core.store.db.prepare('SELECT * FROM observations').all();
    const stored = { ...key('POP_TOTAL', '2024'), value: 5, flags: noFlags, source: row.source.id, note: '' };
    // A percentage of 500: refused by save and, now, by restore.
    const percent = { ...stored, indicator: 'MIG_FOREIGN_SHARE', value: 500 };
    expect(await problemsOf(t, 'observations.save', { original: null, draft: { indicator: 'MIG_FOREIGN_SHARE', period: '2024', value: '500', source: 'Census' } })).toEqual(['percent_range']);
    expect(await problemsOf(t, 'observations.restore', { rows: [percent], remove: [] })).toEqual(['percent_range']);
    expect(await problemsOf(t, 'observations.restore', { rows: [{ ...stored, sex: 'Q' }], remove: [] })).toEqual(['unknown_code']);
    expect(await problemsOf(t, 'observations.restore', { rows: [{ ...stored, period: '2024-13' }], remove: [] })).toEqual(['bad_period']);
    expect(await problemsOf(t, 'observations.restore', { rows: [{ ...stored, value: -4 }], remove: [key('POP_TOTAL', '2024')] })).toEqual(['negative_count']);
    expect(await problemsOf(t, 'observations.restore', { rows: [{ ...stored, indicator: 'NO_SUCH' }], remove: [] })).toEqual(['unknown_indicator']);
    expect(t.core.store.db.prepare('SELECT * FROM observations').all()).toEqual(before);
  });

  it('refuses control characters in any text, and numbers it cannot store exactly', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    const draft = { indicator: 'POP_TOTAL', period: '2024', value: '5', source: 'Census' };
    for (const bad of [{ note: 'a\u0000b' }, { note: 'red \u001b[31m' }, { source: 'Census \u202e4202' }, { area: 'Medina\u2066' }]) {
      expect(await problemsOf(t, 'observations.save', { original: null, draft: { ...draft, ...bad } })).toEqual(['control_character']);
    }
    for (const value of ['9007199254740993', '12345678901234567', '0.12345678901234567']) {
      expect(await problemsOf(t, 'observations.save', { original: null, draft: { ...draft, value } })).toEqual(['number_not_exact']);
    }
    // Line breaks in a note, a large but exact count and a short decimal are fine.
    await t.call('observations.save', { original: null, draft: { ...draft, note: 'first line\nsecond line' } });
    await t.call('observations.save', { original: null, draft: { ...draft, period: '2023', value: '9007199254740991' } });
    await t.call('observations.save', { original: null, draft: { ...draft, indicator: 'MIG_FOREIGN_SHARE', value: '12.5' } });
    expect((await t.call('observations.page', {})).total).toBe(3);
  });
});

describe('a peer city’s space', () => {
  const current = freshCoreForEachTest();

  it('is read through the same methods with a city, read-only, including an indicator this catalogue does not know', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    addPeerCity(t.core.store.db);
    const page = await t.call('observations.page', { city: 'lyon' });
    expect(page.rows.map((r) => `${r.indicator} ${r.period} ${r.sex} ${r.value} ${r.source.citation}`)).toEqual([
      'NEWER_CATALOGUE_CODE 2024  41.5 Recensement 2024',
      'NEWER_CATALOGUE_CODE 2024 F 44 Recensement 2024',
      'POP_TOTAL 2031  522000 Recensement 2024',
      'lyon.GUICHETS 2024  6 Recensement 2024',
    ]);
    expect(page.rows[0]?.source.id).toBe('0b7f3c1e-5d2a-4c8e-9f10-aa11bb22cc33');
    const panels = await t.call('dashboard.indicator', { indicator: 'NEWER_CATALOGUE_CODE', city: 'lyon' });
    expect(panels.indicator).toMatchObject({ code: 'NEWER_CATALOGUE_CODE', unit: 'percent' });
    expect((await t.call('catalogue.indicators', { city: 'lyon' })).map((i) => i.code)).toEqual(expect.arrayContaining(['POP_TOTAL', 'lyon.GUICHETS', 'NEWER_CATALOGUE_CODE']));
    // The own city's scope does not see the peer's definitions.
    expect((await t.call('catalogue.indicators', {})).some((i) => i.code === 'lyon.GUICHETS' || i.code === 'NEWER_CATALOGUE_CODE')).toBe(false);
    expect((await t.core.dispatch('dashboard.indicator', { indicator: 'NEWER_CATALOGUE_CODE' })).ok).toBe(false);
    expect(await t.call('sources.list', { city: 'lyon' })).toEqual([expect.objectContaining({ citation: 'Recensement 2024', observations: 4 })]);
    expect((await t.call('narrative.list', { city: 'lyon' })).map((n) => n.markdown)).toEqual(['Texte de Lyon']);
    expect((await t.call('dashboard.gaps', { city: 'lyon' })).indicators.find((i) => i.code === 'NEWER_CATALOGUE_CODE')?.cells).toHaveLength(1);
    expect((await t.call('profile.keyFigures', { city: 'lyon' })).map((f) => f.indicator)).toContain('POP_TOTAL');
    expect((await t.call('activities.list', { city: 'lyon' })).map((a) => `${a.title} ${a.participants.length}`)).toEqual(['Visite d’étude à Tunis 1']);
    // The own city's list holds its own activities (the sample's), never the peer's.
    expect((await t.call('activities.list', {})).every((a) => a.city !== 'lyon')).toBe(true);
    expect((await t.call('assessments.list', { city: 'lyon' })).map((a) => a.title)).toEqual(['Grille OCDE 2026']);
    const unknown = await t.core.dispatch('observations.page', { city: 'nowhere' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('is never changed by any write method of the contract', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const db = t.core.store.db;
    addPeerCity(db);
    const peer = peerSpace(db);
    const peerKey = key('POP_TOTAL', '2031');
    const peerSource = '0b7f3c1e-5d2a-4c8e-9f10-aa11bb22cc33';
    const file = join(current.dir, 'peer-like.csv');
    writeFileSync(file, 'indicator,period,value,source\nPOP_TOTAL,2031,1,Recensement 2024\nlyon.GUICHETS,2024,9,Recensement 2024\n');

    /** Every write method, aimed at the peer's records wherever its input lets it name them. */
    const attempts: Record<string, () => Promise<unknown>> = {
      'preferences.update': () => t.core.dispatch('preferences.update', { locale: 'fr' }),
      'city.update': () =>
        t.core.dispatch('city.update', { names: { en: 'Lyon', fr: 'Lyon', ar: 'ليون' }, country: 'FR', shore: 'north', focalPoint: null, languages: ['fr'] }),
      'indicators.saveCustom': () =>
        t.core.dispatch('indicators.saveCustom', { code: 'GUICHETS', domain: 'governance', unit: 'percent', direction: 'none', dimensions: [], name: { en: 'x', fr: '', ar: '' }, definition: { en: '', fr: '', ar: '' } }),
      'indicators.deleteCustom': () => t.core.dispatch('indicators.deleteCustom', { code: 'lyon.GUICHETS' }),
      'districts.save': () => t.core.dispatch('districts.save', { code: 'LYON_1', name: { en: 'Taken', fr: '', ar: '' } }),
      'districts.saveMany': () => t.core.dispatch('districts.saveMany', { districts: [{ code: 'LYON_1', name: { en: 'Taken', fr: '', ar: '' } }] }),
      'districts.delete': () => t.core.dispatch('districts.delete', { code: 'LYON_1' }),
      'commitments.save': () => t.core.dispatch('commitments.save', { ...blankCommitment, uid: peerCommitment, texts: { ...blankCommitment.texts, fr: { title: 'Pris', description: '' } } }),
      'commitments.delete': () => t.core.dispatch('commitments.delete', { uid: peerCommitment }),
      'programme.set': () => t.core.dispatch('programme.set', { start: '2025-03-01' }),
      'paper.save': () => t.core.dispatch('paper.save', { content: { context: { en: 'x', fr: '', ar: '' }, priorities: [], validation: { date: null, participants: [], decisions: { en: '', fr: '', ar: '' } } } }),
      'paper.saveVersion': () => t.core.dispatch('paper.saveVersion', { name: 'Version de Lyon' }),
      'paper.restoreVersion': () => t.core.dispatch('paper.restoreVersion', { uid: peerPaperVersion, keepCurrentAs: 'Kept' }),
      'paper.deleteVersion': () => t.core.dispatch('paper.deleteVersion', { uid: peerPaperVersion }),
      'activities.save': () => t.core.dispatch('activities.save', { ...blankActivity, uid: peerActivity, followUps: [{ uid: peerFollowUp, text: 'Pris', commitment: null }] }),
      'activities.delete': () => t.core.dispatch('activities.delete', { uid: peerActivity }),
      'activities.followUpToCommitment': () => t.core.dispatch('activities.followUpToCommitment', { activity: peerActivity, followUp: peerFollowUp, locale: 'fr', note: 'Pris' }),
      'assessments.save': () => t.core.dispatch('assessments.save', { uid: peerAssessment, framework: 'oecd', date: '2026-02-01', title: 'Prise', scores: [] }),
      'assessments.delete': () => t.core.dispatch('assessments.delete', { uid: peerAssessment }),
      // Advice in the own space under the peer's ids, and answers on the peer's advice: the peer's rows stay as they came.
      'advice.save': async () => {
        const item = await t.call('advice.item', { city: 'lyon', item: { kind: 'commitment', id: peerCommitment } });
        return t.core.dispatch('advice.save', { uid: peerAdvice, toCity: 'lyon', item: { kind: 'commitment', id: peerCommitment }, seenVersion: item?.version ?? '', kind: 'risk', original: 'fr', texts: { en: '', fr: 'Pris', ar: '' }, ready: true });
      },
      'advice.delete': () => t.core.dispatch('advice.delete', { uid: peerAdvice }),
      'advice.reply': () => t.core.dispatch('advice.reply', { adviceCity: 'lyon', adviceUid: peerAdvice, act: 'decline', original: 'fr', texts: { en: '', fr: 'Non', ar: '' } }),
      'advice.saveOutcome': () => t.core.dispatch('advice.saveOutcome', { adviceCity: 'lyon', adviceUid: peerAdvice, original: 'fr', texts: { en: '', fr: 'Pris', ar: '' }, commitments: [] }),
      'advice.saveRequest': () => t.core.dispatch('advice.saveRequest', { uid: peerAdviceRequest, toCity: 'lyon', item: { kind: 'paper_section', id: 'context' }, original: 'fr', texts: { en: '', fr: 'Pris', ar: '' } }),
      'advice.deleteRequest': () => t.core.dispatch('advice.deleteRequest', { uid: peerAdviceRequest }),
      // Addressed to the peer, as a focal point would: it reads the own city and writes only its own log and file.
      'bundles.export': () => t.core.dispatch('bundles.export', { to: 'lyon' }),
      // Removing a peer removes that peer's whole space by design (tested in bundle-import.test.ts); any other city's stays.
      'peers.remove': () => t.core.dispatch('peers.remove', { city: 'rabat' }),
      // A job like imports.start: the importer writes only into a bundle's sender's space; the own city's bundle is refused outright.
      'bundles.importStart': async () => {
        const sent = await t.call('bundles.export', { to: 'network' });
        return importBundleFile(t, t.core.registerBundleFile(join(t.dataDir, 'bundles', 'sent', sent.name)), { trustKey: true });
      },
      'trust.add': () => t.core.dispatch('trust.add', { fingerprint: '11111 22222 33333 44444 55555 66666' }),
      'trust.remove': () => t.core.dispatch('trust.remove', { fingerprint: '11111 22222 33333 44444 55555 66666' }),
      'imports.saveTemplate': () => t.core.dispatch('imports.saveTemplate', { name: 'UN DESA', mapping: { columns: { indicator: 0 } } }),
      'imports.deleteTemplate': () => t.core.dispatch('imports.deleteTemplate', { name: 'UN DESA' }),
      // A setting of this installation, never a record of any city.
      'exchangeFolder.set': () => t.core.dispatch('exchangeFolder.set', { path: t.dataDir }),
      'exchangeFolder.clear': () => t.core.dispatch('exchangeFolder.clear', {}),
      'narrative.save': () => t.core.dispatch('narrative.save', { section: 'national-context', locale: 'fr', markdown: '' }),
      'observations.save': async () => {
        await t.core.dispatch('observations.save', { original: peerKey, draft: { indicator: 'POP_TOTAL', period: '2031', value: '1', source: 'Recensement 2024' } });
        return t.core.dispatch('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2031', value: '1', source: 'Recensement 2024' } });
      },
      'observations.delete': () => t.core.dispatch('observations.delete', { keys: [peerKey, key('lyon.GUICHETS', '2024'), key('NEWER_CATALOGUE_CODE', '2024')] }),
      'observations.restore': () =>
        t.core.dispatch('observations.restore', { rows: [{ ...key('POP_TOTAL', '2032'), value: 1, flags: noFlags, source: peerSource, note: '' }], remove: [peerKey] }),
      'sources.update': () => t.core.dispatch('sources.update', { id: peerSource, citation: 'Changed', publisher: '', year: null, kind: 'other', titles: { en: '', fr: '', ar: '' } }),
      'backups.create': () => t.core.dispatch('backups.create', {}),
      'backups.restore': async () => {
        const backup = await t.call('backups.create', {});
        return t.core.dispatch('backups.restore', { file: backup.file });
      },
      'recovery.dismiss': () => t.core.dispatch('recovery.dismiss', {}),
      'imports.start': async () => {
        const id = t.core.registerImportFile(file);
        const preview = await t.call('imports.preview', { file: id, sheet: null });
        return t.core.dispatch('imports.start', { file: id, mapping: preview.mapping, dryRun: false });
      },
      // Last: leave the sample and set up a city of one's own; the peer stays as it was.
      'city.leaveSample': () => t.core.dispatch('city.leaveSample', {}),
      'city.setup': () => t.core.dispatch('city.setup', tunisSetup),
      'city.createSample': () => t.core.dispatch('city.createSample', {}),
    };
    const writing = methodNames.filter((name: MethodName) => contract[name].writes);
    // A write method added to the contract must be added here too.
    expect(Object.keys(attempts).filter((name) => name !== 'imports.start' && name !== 'bundles.importStart').sort()).toEqual([...writing].sort());
    for (const [name, attempt] of Object.entries(attempts)) {
      await attempt();
      expect(peerSpace(t.core.store.db), `after ${name}`).toEqual(peer);
    }
    expect((await t.call('app.status', {})).city?.code).toBe('tunis');
  });
});
