import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { locateApp } from '../../electron/cli/app-root';
import { runCli } from '../../electron/cli/run-cli';
import { tempDir } from '../support/temp-core';

async function focal(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, locateApp(), { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const Listed = z.array(
  z.object({
    id: z.string(),
    title: z.object({ en: z.string(), fr: z.string(), ar: z.string() }),
    status: z.string(),
    due: z.string().nullable(),
    progress: z.string().nullable(),
    targets: z.array(z.object({ indicator: z.string(), progress: z.string(), baseline: z.object({ value: z.number(), period: z.string() }) })),
  }),
);

describe('focal commitments', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir();
  });
  afterEach(() => folder.remove());

  it('list prints the plan with computed progress, and --json gives id, titles, status, due, progress and targets', async () => {
    expect((await focal('demo', '--data', folder.dir)).code).toBe(0);
    const human = await focal('commitments', 'list', '--data', folder.dir);
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/^DUE +STATUS +PROGRESS +TITLE +ID$/m);
    expect(human.out).toMatch(/Social housing for refugee families/);
    expect(human.out).toMatch(/deteriorating/);
    expect(human.out).toMatch(/\n11 commitments$/);
    const json = await focal('commitments', 'list', '--data', folder.dir, '--json');
    const list = Listed.parse(JSON.parse(json.out));
    const housing = list.find((c) => c.title.en === 'Social housing for refugee families');
    expect(housing).toMatchObject({ title: { fr: 'Logement social pour les familles réfugiées' }, status: 'in_progress', progress: 'deteriorating' });
    expect(housing?.targets).toEqual([expect.objectContaining({ indicator: 'HOU_WAITING_LIST', progress: 'deteriorating', baseline: { value: 68, period: '2022' } })]);
  });

  it('fails plainly without a data folder or a subcommand', async () => {
    const missing = await focal('commitments', 'list', '--data', `${folder.dir}/nothing-here`);
    expect(missing).toMatchObject({ code: 1, err: expect.stringMatching(/No Focal data folder/) });
    expect((await focal('commitments', '--data', folder.dir)).code).toBe(2);
    expect((await focal('commitments', 'list', 'extra', '--data', folder.dir)).code).toBe(2);
  });
});

describe('focal commitments export', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir();
  });
  afterEach(() => folder.remove());

  it('writes the deadlines as a calendar an independent parser reads, and the plan as CSV', async () => {
    expect((await focal('demo', '--data', folder.dir)).code).toBe(0);
    const ics = join(folder.dir, 'plan.ics');
    const done = await focal('commitments', 'export', '--data', folder.dir, '--out', ics, '--locale', 'ar');
    expect(done).toMatchObject({ code: 0, out: expect.stringMatching(/^Exported 11 commitments to /) });
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8')));
    const summaries = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
    expect(summaries.some((s) => s.includes('السكن الاجتماعي للأسر اللاجئة'))).toBe(true);
    const csv = join(folder.dir, 'plan.csv');
    expect((await focal('commitments', 'export', '--data', folder.dir, '--out', csv)).code).toBe(0);
    const rows: string[][] = parse(readFileSync(csv, 'utf8'), { bom: true });
    expect(rows[0]).toContain('progress');
    expect(rows.find((r) => r.includes('Social housing for refugee families'))).toContain('deteriorating');
  });

  it('refuses a file it cannot write the plan as, or an unknown language, and writes nothing', async () => {
    expect((await focal('demo', '--data', folder.dir)).code).toBe(0);
    expect(await focal('commitments', 'export', '--data', folder.dir, '--out', join(folder.dir, 'plan.docx'))).toMatchObject({ code: 2, err: expect.stringMatching(/\.ics or \.csv/) });
    expect(await focal('commitments', 'export', '--data', folder.dir, '--out', join(folder.dir, 'plan.ics'), '--locale', 'de')).toMatchObject({ code: 2 });
    expect(await focal('commitments', 'export', '--data', folder.dir)).toMatchObject({ code: 2, err: expect.stringMatching(/needs --out/) });
    expect(existsSync(join(folder.dir, 'plan.ics'))).toBe(false);
  });
});
