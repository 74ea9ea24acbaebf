import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { commitmentCsvColumns, commitmentsCsv } from '../../electron/core/commitments/commitment-csv';
import { restoreNeutralisedText } from '../../electron/core/observations/export/spreadsheet-text';
import type { Commitment, CommitmentTask } from '../../shared/domain/commitment';

/** The commitments CSV read back by csv-parse, a reader written independently of Focal's writer. */

const firstUid = '11111111-1111-4111-8111-111111111111';
const secondUid = '22222222-2222-4222-8222-222222222222';

function task(n: number, fields: Partial<CommitmentTask>): CommitmentTask {
  return { uid: `aaaaaaaa-aaaa-4aaa-8aaa-${String(n).padStart(12, '0')}`, kind: 'task', title: `Task ${n}`, due: null, done: false, ...fields };
}

function commitment(fields: Partial<Commitment>): Commitment {
  return {
    city: 'tunis',
    uid: firstUid,
    original: 'en',
    texts: { en: { title: 'Open a welcome desk', description: '' }, fr: { title: 'Ouvrir un guichet d’accueil', description: '' }, ar: { title: '', description: '' } },
    needsTranslation: [],
    domains: ['housing', 'health'],
    targetGroups: ['REF', 'ASY'],
    tags: ['pilot.A', 'sdg.10.7'],
    owner: 'Social affairs',
    start: '2026-01-01',
    due: '2026-06-30',
    status: 'in_progress',
    statusReason: '',
    tasks: [],
    targets: [],
    notes: [],
    revision: 1,
    updatedAt: 0,
    ...fields,
  };
}

function readBack(text: string): Record<string, string>[] {
  const rows: unknown = parse(text, { bom: true, columns: true });
  if (!Array.isArray(rows)) throw new Error('not rows');
  return rows.map((row: unknown) => {
    if (typeof row !== 'object' || row === null) throw new Error('not a row');
    return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, String(value)]));
  });
}

describe('the commitments CSV', () => {
  it('has one row per commitment with the documented columns', () => {
    const text = commitmentsCsv(
      [
        commitment({
          tasks: [
            task(1, { done: true }),
            task(2, {}),
            task(3, { due: '2026-02-01' }),
            task(4, { kind: 'milestone', title: 'Council vote', due: '2026-05-31' }),
            task(5, { kind: 'milestone', title: 'Desk opens', due: '2026-04-30' }),
            task(6, { kind: 'milestone', title: 'Plan drafted', due: '2026-01-31', done: true }),
          ],
        }),
        commitment({ uid: secondUid, start: null, due: null, domains: [], targetGroups: [], tags: [], owner: '', status: 'blocked', statusReason: 'Waiting for the budget', tasks: [task(7, { kind: 'milestone', title: 'Budget vote' })] }),
      ],
      new Map([[firstUid, 'on_track']]),
    );
    expect(text.startsWith('\ufeffid,title_en,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = readBack(text);
    expect(Object.keys(rows[0] ?? {})).toEqual([...commitmentCsvColumns]);
    expect(rows).toEqual([
      {
        id: firstUid,
        title_en: 'Open a welcome desk',
        title_fr: 'Ouvrir un guichet d’accueil',
        title_ar: '',
        status: 'in_progress',
        status_reason: '',
        owner: 'Social affairs',
        start: '2026-01-01',
        due: '2026-06-30',
        domains: 'housing;health',
        target_groups: 'REF;ASY',
        tags: 'pilot.A;sdg.10.7',
        progress: 'on_track',
        open_tasks: '2',
        next_milestone: '2026-04-30 Desk opens',
      },
      {
        id: secondUid,
        title_en: 'Open a welcome desk',
        title_fr: 'Ouvrir un guichet d’accueil',
        title_ar: '',
        status: 'blocked',
        status_reason: 'Waiting for the budget',
        owner: '',
        start: '',
        due: '',
        domains: '',
        target_groups: '',
        tags: '',
        progress: '',
        open_tasks: '0',
        next_milestone: 'Budget vote',
      },
    ]);
  });

  it('keeps quotes, commas, line breaks and Arabic, and neutralises text a spreadsheet would run', () => {
    const titles = { en: '=1+1', fr: 'Le "guichet", phase 1;\r\ndeuxième ligne', ar: 'فتح مكتب استقبال، للمهاجرين' };
    const text = commitmentsCsv(
      [commitment({ texts: { en: { title: titles.en, description: '' }, fr: { title: titles.fr, description: '' }, ar: { title: titles.ar, description: '' } }, owner: '@team', statusReason: '+33 1 23', domains: ['-x'] })],
      new Map(),
    );
    const [row] = readBack(text);
    expect(row?.title_en).toBe("'=1+1");
    expect(row?.owner).toBe("'@team");
    expect(row?.status_reason).toBe("'+33 1 23");
    expect(row?.domains).toBe("'-x");
    expect(restoreNeutralisedText(row?.title_en ?? '')).toBe(titles.en);
    expect(row?.title_fr).toBe(titles.fr);
    expect(row?.title_ar).toBe(titles.ar);
    // No cell of the file starts with a formula character once read.
    for (const value of Object.values(row ?? {})) expect(value).not.toMatch(/^[=+\-@]/);
  });

  it('is a header alone when there are no commitments', () => {
    expect(readBack(commitmentsCsv([], new Map()))).toEqual([]);
    expect(commitmentsCsv([], new Map())).toBe(`\ufeff${commitmentCsvColumns.join(',')}\r\n`);
  });
});
