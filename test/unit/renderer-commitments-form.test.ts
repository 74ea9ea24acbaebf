import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiLocales } from '../../shared/domain/locales';
import { blankForm, formChanged, formOf, inputOf, isoDay, parseTypedNumber, toggled, totalBreakdown, withPendingNote } from '../../renderer/src/features/commitments/commitment-form-model';
import { fieldOfPath, issuesAt, issuesOf, problemCodes, problemKey } from '../../renderer/src/features/commitments/commitment-issues';
import { repoRoot } from '../support/temp-core';

/** The commitment form's own logic: what it sends, what it finds wrong itself, and where the core's problems show. */

const target = { uid: '00000000-0000-4000-8000-000000000002', indicator: 'EMP_MIG_RATE', breakdown: { ...totalBreakdown, sex: 'F' }, baselineValue: '37,2', baselinePeriod: '2022', targetValue: '50', targetPeriod: '2028', direction: 'increase' } as const;

describe('the commitment form model', () => {
  it('sends empty dates as null, numbers typed with a comma as numbers, and the revision it was opened at', () => {
    const form = { ...blankForm('fr'), texts: { ...blankForm('fr').texts, fr: { title: ' Guichet ', description: '' } }, targets: [target], tasks: [{ uid: '00000000-0000-4000-8000-000000000003', kind: 'task' as const, title: ' Recruter ', due: '', done: false }] };
    const { input, issues } = inputOf(form, '00000000-0000-4000-8000-000000000001', 4);
    expect(issues).toEqual([]);
    expect(input).toMatchObject({ uid: '00000000-0000-4000-8000-000000000001', baseRevision: 4, original: 'fr', start: null, due: null });
    expect(input.targets[0]).toMatchObject({ baseline: { value: 37.2, period: '2022' }, target: { value: 50, period: '2028' }, breakdown: { sex: 'F', age: '' } });
    expect(input.tasks[0]).toMatchObject({ title: 'Recruter', due: null });
    // A new commitment sends neither an id nor a revision: the store makes them.
    const fresh = inputOf(blankForm('en'), null, null).input;
    expect('uid' in fresh || 'baseRevision' in fresh).toBe(false);
  });

  it('finds what it can itself, on the paths the core uses', () => {
    const form = { ...blankForm('en'), targets: [{ ...target, indicator: '', baselineValue: 'abc', targetPeriod: ' ' }], tasks: [{ uid: '00000000-0000-4000-8000-000000000003', kind: 'task' as const, title: '  ', due: '', done: false }] };
    const paths = inputOf(form, null, null).issues.map((i) => `${i.path} ${i.code}`);
    expect(paths).toEqual(['targets.0.indicator indicator_needed', 'targets.0.baseline.value number_needed', 'targets.0.target.period period_needed', 'tasks.0.title task_title_needed']);
  });

  it('reads numbers as people type them', () => {
    expect(parseTypedNumber('12,5')).toBe(12.5);
    expect(parseTypedNumber(' 1 234 ')).toBe(1234);
    expect(parseTypedNumber('-0.3')).toBe(-0.3);
    expect(parseTypedNumber('')).toBeNull();
    expect(parseTypedNumber('12a')).toBeNull();
  });

  it('knows when it holds unsaved changes, and round-trips a stored commitment unchanged', () => {
    const opened = blankForm('en');
    expect(formChanged(opened, blankForm('en'))).toBe(false);
    expect(formChanged({ ...opened, owner: 'x' }, opened)).toBe(true);
    expect(toggled(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
    const detail = {
      city: 'tunis',
      uid: '00000000-0000-4000-8000-000000000001',
      original: 'en' as const,
      texts: { en: { title: 'Desk', description: '' }, fr: { title: '', description: '' }, ar: { title: '', description: '' } },
      needsTranslation: [],
      domains: [],
      targetGroups: [],
      tags: [],
      owner: '',
      start: '2025-01-01',
      due: null,
      status: 'planned' as const,
      statusReason: '',
      tasks: [],
      targets: [{ uid: target.uid, indicator: 'EMP_MIG_RATE', breakdown: { ...totalBreakdown, sex: 'F' }, baseline: { value: 37.2, period: '2022' }, target: { value: 50, period: '2028' }, direction: 'increase' as const }],
      notes: [],
      revision: 2,
      updatedAt: 0,
      progress: null,
      targetProgress: [],
      overdue: false,
      openTasks: 0,
      series: [],
    };
    const { input } = inputOf(formOf(detail), detail.uid, detail.revision);
    expect(input).toMatchObject({ start: '2025-01-01', due: null, targets: detail.targets });
  });
});

describe('a note being written', () => {
  it('joins the log on save when it has text, dated today if no date was given', () => {
    const form = blankForm('en');
    expect(withPendingNote(form, { date: '2026-03-02', text: '   ' }, 'n1', '2026-12-04')).toBe(form);
    expect(withPendingNote(form, { date: '', text: ' Met the agency. ' }, 'n1', '2026-12-04').notes).toEqual([{ uid: 'n1', date: '2026-12-04', text: 'Met the agency.' }]);
    expect(isoDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('the commitment form problems', () => {
  it('show each problem at its control', () => {
    expect(fieldOfPath('texts.en.title')).toBe('texts.en.title');
    expect(fieldOfPath('domains.1')).toBe('domains');
    expect(fieldOfPath('targetGroups.0')).toBe('targetGroups');
    expect(fieldOfPath('tags.3')).toBe('tags');
    expect(fieldOfPath('targets.0.breakdown.sex')).toBe('targets.0.breakdown');
    expect(fieldOfPath('targets.2.target.value')).toBe('targets.2.target.value');
    expect(fieldOfPath('tasks.1.uid')).toBe('tasks.1');
    const issues = issuesOf({ code: 'invalid_input', message: '', issues: [{ path: 'statusReason', message: '', problem: { code: 'status_reason_missing', params: { status: 'blocked' } } }, { path: 'domains.0', message: 'x' }] });
    expect(issues).toEqual([
      { path: 'statusReason', code: 'status_reason_missing', params: { status: 'blocked' } },
      { path: 'domains.0', code: 'invalid', params: {} },
    ]);
    expect(issuesAt(issues, 'domains').map((i) => i.code)).toEqual(['invalid']);
    expect(problemKey({ path: 'x', code: 'no_such_code', params: {} })).toBe('commitmentForm.problems.invalid');
  });

  it('are worded in English, French and Arabic, every one of them', () => {
    for (const locale of uiLocales) {
      const file: { commitmentForm: { problems: Record<string, string> } } = JSON.parse(readFileSync(join(repoRoot, 'renderer/src/i18n/locales/commitments', `${locale}.json`), 'utf8'));
      for (const code of problemCodes) expect(file.commitmentForm.problems[code]?.trim(), `${locale} ${code}`).toBeTruthy();
    }
  });
});
