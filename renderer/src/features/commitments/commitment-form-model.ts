import type { CommitmentInput, CommitmentStatus, CommitmentTexts, TargetDirection, TaskKind } from '../../../../shared/domain/commitment';
import { calendarDay } from '../../../../shared/domain/period';
import type { CommitmentDetail } from '../../../../shared/domain/commitment-view';
import type { UiLocale } from '../../../../shared/domain/locales';
import { type breakdownFields } from '../../../../shared/domain/observation-record';
import type { FormIssue } from './commitment-issues';

/** A task or milestone as the form edits it: '' for no due date, as a date input gives it. */
export interface TaskForm {
  uid: string;
  kind: TaskKind;
  title: string;
  due: string;
  done: boolean;
}

export type BreakdownForm = Record<(typeof breakdownFields)[number], string>;

/** An indicator target as typed: numbers stay text until the save, so a half-typed "12," is not lost. */
export interface TargetForm {
  uid: string;
  indicator: string;
  breakdown: BreakdownForm;
  baselineValue: string;
  baselinePeriod: string;
  targetValue: string;
  targetPeriod: string;
  direction: TargetDirection;
}

export interface NoteForm {
  uid: string;
  date: string;
  text: string;
}

/** Everything the commitment form edits. */
export interface CommitmentForm {
  original: UiLocale;
  texts: CommitmentTexts;
  domains: string[];
  targetGroups: string[];
  tags: string[];
  owner: string;
  start: string;
  due: string;
  status: CommitmentStatus;
  statusReason: string;
  tasks: TaskForm[];
  targets: TargetForm[];
  notes: NoteForm[];
  confirmedTranslations: UiLocale[];
}

const noText = { title: '', description: '' };

export const totalBreakdown: BreakdownForm = { sex: '', age: '', status: '', origin: '', area: '' };

/** A new commitment, first written in the interface's language. */
export function blankForm(original: UiLocale): CommitmentForm {
  return {
    original,
    texts: { en: noText, fr: noText, ar: noText },
    domains: [],
    targetGroups: [],
    tags: [],
    owner: '',
    start: '',
    due: '',
    status: 'planned',
    statusReason: '',
    tasks: [],
    targets: [],
    notes: [],
    confirmedTranslations: [],
  };
}

/** The form for a stored commitment. */
export function formOf(detail: CommitmentDetail): CommitmentForm {
  return {
    original: detail.original,
    texts: detail.texts,
    domains: detail.domains,
    targetGroups: detail.targetGroups,
    tags: detail.tags,
    owner: detail.owner,
    start: detail.start ?? '',
    due: detail.due ?? '',
    status: detail.status,
    statusReason: detail.statusReason,
    tasks: detail.tasks.map((task) => ({ ...task, due: task.due ?? '' })),
    targets: detail.targets.map((target) => ({
      uid: target.uid,
      indicator: target.indicator,
      breakdown: { ...totalBreakdown, ...target.breakdown },
      baselineValue: String(target.baseline.value),
      baselinePeriod: target.baseline.period,
      targetValue: String(target.target.value),
      targetPeriod: target.target.period,
      direction: target.direction,
    })),
    notes: detail.notes,
    confirmedTranslations: [],
  };
}

/** Whether the form differs from what it was opened with. */
export function formChanged(form: CommitmentForm, opened: CommitmentForm): boolean {
  return JSON.stringify(form) !== JSON.stringify(opened);
}

/**
 * A number as a person types it: a decimal comma or point, spaces as thousands separators. Null
 * when it is not a number, so the form can say so before asking the core.
 */
export function parseTypedNumber(text: string): number | null {
  const plain = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/**
 * What the save sends, or the problems the form finds itself (numbers that are not numbers, parts
 * left without a title). The core checks everything else and answers on the same paths.
 */
export function inputOf(form: CommitmentForm, uid: string | null, baseRevision: number | null): { input: CommitmentInput; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  const targets = form.targets.map((target, i) => {
    const baseline = parseTypedNumber(target.baselineValue);
    const goal = parseTypedNumber(target.targetValue);
    if (target.indicator === '') issues.push({ path: `targets.${i}.indicator`, code: 'indicator_needed', params: {} });
    if (baseline === null) issues.push({ path: `targets.${i}.baseline.value`, code: 'number_needed', params: { value: target.baselineValue } });
    if (goal === null) issues.push({ path: `targets.${i}.target.value`, code: 'number_needed', params: { value: target.targetValue } });
    if (target.baselinePeriod.trim() === '') issues.push({ path: `targets.${i}.baseline.period`, code: 'period_needed', params: {} });
    if (target.targetPeriod.trim() === '') issues.push({ path: `targets.${i}.target.period`, code: 'period_needed', params: {} });
    return {
      uid: target.uid,
      indicator: target.indicator,
      breakdown: target.breakdown,
      baseline: { value: baseline ?? 0, period: target.baselinePeriod.trim() },
      target: { value: goal ?? 0, period: target.targetPeriod.trim() },
      direction: target.direction,
    };
  });
  form.tasks.forEach((task, i) => {
    if (task.title.trim() === '') issues.push({ path: `tasks.${i}.title`, code: 'task_title_needed', params: {} });
  });
  const input: CommitmentInput = {
    ...(uid ? { uid } : {}),
    ...(baseRevision !== null ? { baseRevision } : {}),
    original: form.original,
    texts: form.texts,
    domains: form.domains,
    targetGroups: form.targetGroups,
    tags: form.tags,
    owner: form.owner.trim(),
    start: form.start || null,
    due: form.due || null,
    status: form.status,
    // A reason belongs to the statuses that need one; moving on from blocked leaves none behind.
    statusReason: form.statusReason.trim(),
    tasks: form.tasks.map((task) => ({ ...task, title: task.title.trim(), due: task.due || null })),
    targets,
    notes: form.notes,
    confirmedTranslations: form.confirmedTranslations,
  };
  return { input, issues };
}

/** A note being written, not yet added to the log. */
export interface NoteDraft {
  date: string;
  text: string;
}

/** A calendar day as a date input gives it, by the machine's calendar. */
export const isoDay = calendarDay;

/**
 * The form with a note still being written added to the log: a Save (or "Save and leave") keeps
 * what was typed instead of dropping it silently.
 */
export function withPendingNote(form: CommitmentForm, draft: NoteDraft, uid: string, today: string): CommitmentForm {
  const text = draft.text.trim();
  if (text === '') return form;
  return { ...form, notes: [...form.notes, { uid, date: draft.date || today, text }] };
}

/** Adds or removes a code in a list of codes (a checkbox). */
export function toggled(codes: readonly string[], code: string, on: boolean): string[] {
  return on ? (codes.includes(code) ? [...codes] : [...codes, code]) : codes.filter((c) => c !== code);
}
